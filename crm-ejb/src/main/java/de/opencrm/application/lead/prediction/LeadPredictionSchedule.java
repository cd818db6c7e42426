package de.opencrm.application.lead.prediction;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

/**
 * Trains the predictive lead score nightly at 3:00 German time, and half a minute after the server
 * starts (the model lives in memory), so new leads are predicted from then on.
 */
@Singleton
@Startup
public class LeadPredictionSchedule {

  static final long AFTER_START_MILLIS = 30_000;

  @Inject LeadPredictionService prediction;
  @Resource TimerService timers;

  @PostConstruct
  void trainSoonAfterStart() {
    timers.createSingleActionTimer(AFTER_START_MILLIS, new TimerConfig("after start", false));
  }

  @Timeout
  void trainAfterStart() {
    prediction.trainScheduled();
  }

  @Schedule(hour = "3", minute = "0", timezone = "Europe/Berlin", persistent = false)
  void trainNightly() {
    prediction.trainScheduled();
  }
}
