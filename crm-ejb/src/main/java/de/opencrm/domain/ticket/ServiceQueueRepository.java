package de.opencrm.domain.ticket;

import de.opencrm.domain.account.CustomerTier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The service queues: their agents, and the SLA policies tickets are measured by. */
public interface ServiceQueueRepository {

  List<TicketQueue> queues();

  Optional<TicketQueue> findQueue(long id);

  /** The queue, locked for writing until the transaction ends: one assignment at a time. */
  TicketQueue lockQueue(long id);

  /** The queue's agents in their order. */
  List<QueueMember> members(long queueId);

  QueueMember addMember(QueueMember member);

  /** How many open tickets each of the users holds (users without any are left out). */
  Map<Long, Integer> openTicketCounts(Collection<Long> userIds);

  Optional<SlaPolicy> slaPolicy(TicketPriority priority, CustomerTier tier);

  TicketQueue addQueue(TicketQueue queue);

  Optional<QueueMember> findMember(long id);

  void removeMember(QueueMember member);

  /** Every SLA policy, by priority and tier. */
  List<SlaPolicy> slaPolicies();

  Optional<SlaPolicy> findSlaPolicy(long id);
}
