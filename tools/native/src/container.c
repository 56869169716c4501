/* Forge's stand-in for svm's libsvm_container.a: reports "not containerized",
 * so the image falls back to the operating system's numbers. */
#define _GNU_SOURCE
#include <sched.h>
#include <unistd.h>
int svm_container_initialize(int version) { (void) version; return 0; /* NOT_CONTAINERIZED */ }
unsigned long svm_container_physical_memory(void) { return (unsigned long) sysconf(_SC_PHYS_PAGES) * (unsigned long) sysconf(_SC_PAGESIZE); }
long svm_container_memory_limit_in_bytes(void) { return -1; }
long svm_container_memory_and_swap_limit_in_bytes(void) { return -1; }
long svm_container_memory_soft_limit_in_bytes(void) { return -1; }
long svm_container_memory_usage_in_bytes(void) { return -1; }
long svm_container_memory_max_usage_in_bytes(void) { return -1; }
long svm_container_rss_usage_in_bytes(void) { return -1; }
long svm_container_cache_usage_in_bytes(void) { return -1; }
int svm_container_active_processor_count(void) {
  cpu_set_t s; if (sched_getaffinity(0, sizeof s, &s) == 0) return CPU_COUNT(&s);
  return (int) sysconf(_SC_NPROCESSORS_ONLN);
}
