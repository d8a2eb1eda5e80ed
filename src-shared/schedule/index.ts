/** Schedules: validation, next fire time over a host-lent zone port, and collapsed catch-up. */
export {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  addDays,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  daysOfDayKey,
  isLeapYear,
  isoOfEpoch,
  parseUtcDateTime,
  utcDayOf,
  weekdayOfDays,
  type CivilDate,
} from './civil-time';
export {
  UTC_ZONE,
  fixedOffsetZone,
  resolveWallTime,
  wallMsOf,
  type ResolvedWallTime,
  type WallTimeKind,
  type ZonePort,
} from './zone-port';
export {
  MAX_INTERVAL_MINUTES,
  WEEKDAYS,
  parseTimeOfDay,
  parseWeekday,
  scheduleInputOfConnector,
  validateSchedule,
  type ConnectorScheduleColumns,
  type Schedule,
  type ScheduleInput,
  type ScheduleIssue,
  type TimeOfDay,
  type Weekday,
} from './validate-schedule';
export { nextFireTime } from './next-fire';
export { missedFires, type CatchUpDecision } from './catch-up';
