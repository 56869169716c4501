/* Forge's stand-in for svm's own libjvm.a (functions the image calls through
 * com.oracle.svm.core.jdk.Jvm). */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
void initialize(void) {}
int JVM_ActiveProcessorCount(void) {
  cpu_set_t s; if (sched_getaffinity(0, sizeof s, &s) == 0) return CPU_COUNT(&s);
  return (int) sysconf(_SC_NPROCESSORS_ONLN);
}
long JVM_CurrentTimeMillis(void *env, void *cls) {
  (void) env; (void) cls; struct timespec t; clock_gettime(CLOCK_REALTIME, &t);
  return (long) t.tv_sec * 1000 + t.tv_nsec / 1000000;
}
void *JVM_RegisterSignal(int sig, void *handler) {
  struct sigaction n = {0}, o;
  n.sa_handler = (void (*)(int)) handler;
  sigemptyset(&n.sa_mask);
  if (sigaction(sig, &n, &o) != 0) return (void *) -1;
  return (void *) o.sa_handler;
}
