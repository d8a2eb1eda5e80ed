// The instance's clock-driven work: the scheduler tick fires due connectors and advances runs; the
// heartbeat watchdog times out silent import queue entries so they resume from their last beat;
// retention prunes old connector logs and processed page payloads once a day.
import { ScheduledScript } from '@servicenow/sdk/core'
import { runHeartbeatWatchdog, runRetention, runSchedulerTick } from '../instance/entry/scheduled-jobs'

ScheduledScript({
  $id: Now.ID['job_scheduler_tick'],
  name: 'EIH scheduler tick',
  active: true,
  frequency: 'periodically',
  executionInterval: { minutes: 1 },
  timeZone: 'UTC',
  script: runSchedulerTick,
})

ScheduledScript({
  $id: Now.ID['job_heartbeat_watchdog'],
  name: 'EIH heartbeat watchdog',
  active: true,
  frequency: 'periodically',
  executionInterval: { minutes: 5 },
  timeZone: 'UTC',
  script: runHeartbeatWatchdog,
})

ScheduledScript({
  $id: Now.ID['job_retention'],
  name: 'EIH retention',
  active: true,
  frequency: 'daily',
  executionTime: { hours: 3, minutes: 0, seconds: 0 },
  timeZone: 'UTC',
  script: runRetention,
})
