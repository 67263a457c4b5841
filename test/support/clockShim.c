/*
 * Moves a process's wall clock ahead: LD_PRELOAD'ed into Firefox (test/support/firefox.ts), which
 * passes it on to its child processes. Debian's faketime hangs Firefox ESR at start-up (a deadlock
 * inside libfaketime), so this does only the least: it adds FOLLOWTHROUGH_CLOCK_AHEAD seconds to
 * the wall-clock reads (Date.now() comes from one of them) and leaves every monotonic clock alone,
 * so timers and timeouts run as usual.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>

static long ahead = -1;

static long seconds_ahead(void) {
  if (ahead < 0) {
    const char *value = getenv("FOLLOWTHROUGH_CLOCK_AHEAD");
    ahead = value ? strtol(value, NULL, 10) : 0;
  }
  return ahead;
}

int clock_gettime(clockid_t clock, struct timespec *ts) {
  static int (*real)(clockid_t, struct timespec *);
  if (!real) real = (int (*)(clockid_t, struct timespec *))dlsym(RTLD_NEXT, "clock_gettime");
  int result = real(clock, ts);
  if (result == 0 && (clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE)) ts->tv_sec += seconds_ahead();
  return result;
}

int gettimeofday(struct timeval *restrict tv, void *restrict tz) {
  static int (*real)(struct timeval *restrict, void *restrict);
  if (!real) real = (int (*)(struct timeval *restrict, void *restrict))dlsym(RTLD_NEXT, "gettimeofday");
  int result = real(tv, tz);
  if (result == 0 && tv) tv->tv_sec += seconds_ahead();
  return result;
}

time_t time(time_t *out) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  if (out) *out = ts.tv_sec;
  return ts.tv_sec;
}
