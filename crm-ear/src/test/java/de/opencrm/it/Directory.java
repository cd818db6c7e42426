package de.opencrm.it;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A real LDAP directory in the test JVM (UnboundID's in-memory server) on the port the test
 * server's directory login asks (crm-ear/pom.xml: CRM_LDAP_*), shaped like a company's: people
 * below ou=people, the CRM's groups in an organisational unit of their own, other applications'
 * groups elsewhere, and a service account that may look users up.
 */
public final class Directory implements AutoCloseable {

  public static final String BASE = "dc=beispiel,dc=de";
  public static final String PEOPLE = "ou=people," + BASE;
  public static final String CRM_GROUPS = "ou=crm,ou=groups," + BASE;
  public static final String OTHER_GROUPS = "ou=other-apps,ou=groups," + BASE;

  private final InMemoryDirectoryServer server;

  private Directory(InMemoryDirectoryServer server) {
    this.server = server;
  }

  /** Starts the directory with its organisational units and no people yet. */
  public static Directory start() throws LDAPException, LDIFException, UnknownHostException {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.addAdditionalBindCredentials(
        System.getProperty("crm.it.ldap.bindDn"), System.getProperty("crm.it.ldap.bindPassword"));
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPConfig(
            "crm-it",
            InetAddress.getByName("127.0.0.1"),
            Integer.getInteger("crm.it.ldap.port", 10389),
            null));
    InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
    server.startListening();
    server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: beispiel");
    for (String unit : new String[] {PEOPLE, "ou=groups," + BASE, CRM_GROUPS, OTHER_GROUPS}) {
      String name = unit.substring(3, unit.indexOf(','));
      server.add(
          "dn: " + unit, "objectClass: top", "objectClass: organizationalUnit", "ou: " + name);
    }
    return new Directory(server);
  }

  /** A person who logs in with uid and password; returns their DN. */
  public String addPerson(String uid, String name, String email, String password)
      throws LDAPException, LDIFException {
    String dn = "uid=" + uid + "," + PEOPLE;
    String[] parts = name.split(" ", 2);
    server.add(
        "dn: " + dn,
        "objectClass: top",
        "objectClass: person",
        "objectClass: organizationalPerson",
        "objectClass: inetOrgPerson",
        "uid: " + uid,
        "cn: " + name,
        "givenName: " + parts[0],
        "sn: " + parts[parts.length - 1],
        "mail: " + email,
        "userPassword: " + password);
    return dn;
  }

  /** A group (below one of the group units) with its first member. */
  public String addGroup(String unit, String name, String firstMember)
      throws LDAPException, LDIFException {
    String dn = "cn=" + name + "," + unit;
    server.add(
        "dn: " + dn,
        "objectClass: top",
        "objectClass: groupOfNames",
        "cn: " + name,
        "member: " + firstMember);
    return dn;
  }

  public void addMember(String groupDn, String memberDn) throws LDAPException {
    server.modify(groupDn, new Modification(ModificationType.ADD, "member", memberDn));
  }

  @Override
  public void close() {
    server.shutDown(true);
  }
}
