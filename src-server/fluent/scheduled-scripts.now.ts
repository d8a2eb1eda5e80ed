// The instance's clock-driven work: the scheduler tick fires due connectors and advances runs; the
// heartbeat watchdog times out silent import queue entries so they resume from their last beat.
import { ScheduledScript } from '@servicenow/sdk/core'
import { runHeartbeatWatchdog, runSchedulerTick } from '../instance/entry/scheduled-jobs'

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
