/* Forge's stand-in libjvm.so for running the JDK's shared libjava/libnio/libnet/libzip
 * inside a GraalVM native image instead of HotSpot. It only has to satisfy their
 * imports: the image itself (exported symbols) takes precedence where it defines
 * the same JVM_* function; everything else here either has a small real
 * implementation or stops the process with a clear message. */
#define _GNU_SOURCE
#include <jni.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
void forge_jvm_unsupported(const char *name) {
  fprintf(stderr, "forge-native: %s is not supported in this native image (stand-in libjvm.so)\n", name);
  abort();
}
JNIEXPORT jlong JNICALL JVM_CurrentTimeMillis(JNIEnv *env, jclass c) { (void) env; (void) c; struct timespec t; clock_gettime(CLOCK_REALTIME, &t); return (jlong) t.tv_sec * 1000 + t.tv_nsec / 1000000; }
JNIEXPORT jlong JNICALL JVM_NanoTime(JNIEnv *env, jclass c) { (void) env; (void) c; struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return (jlong) t.tv_sec * 1000000000L + t.tv_nsec; }
JNIEXPORT jlong JNICALL JVM_GetNanoTimeAdjustment(JNIEnv *env, jclass c, jlong offset_secs) {
  (void) env; (void) c; struct timespec t; clock_gettime(CLOCK_REALTIME, &t);
  jlong diff = (jlong) t.tv_sec - offset_secs;
  if (diff >= 0x100000000LL || diff <= -0x100000000LL) return -1;
  return diff * 1000000000LL + t.tv_nsec;
}
JNIEXPORT jint JNICALL JVM_ActiveProcessorCount(void) { cpu_set_t s; if (sched_getaffinity(0, sizeof s, &s) == 0) return CPU_COUNT(&s); return (jint) sysconf(_SC_NPROCESSORS_ONLN); }
JNIEXPORT jboolean JNICALL JVM_IsSupportedJNIVersion(jint v) { return v == JNI_VERSION_1_1 || v == JNI_VERSION_1_2 || v == JNI_VERSION_1_4 || v == JNI_VERSION_1_6 || v == JNI_VERSION_1_8 || v == JNI_VERSION_9 || v == JNI_VERSION_10 || v == JNI_VERSION_19 || v == JNI_VERSION_20 || v == JNI_VERSION_21 || v == 0x00180000; }
JNIEXPORT char * JNICALL JVM_NativePath(char *p) { return p; }
JNIEXPORT jboolean JNICALL JVM_IsContainerized(void) { return JNI_FALSE; }
JNIEXPORT jboolean JNICALL JVM_IsUseContainerSupport(void) { return JNI_FALSE; }
JNIEXPORT int jio_vsnprintf(char *s, size_t n, const char *f, va_list a) { if ((intptr_t) n <= 0) return -1; int r = vsnprintf(s, n, f, a); if (r >= (int) n) { s[n - 1] = 0; return -1; } return r; }
JNIEXPORT int jio_snprintf(char *s, size_t n, const char *f, ...) { va_list a; va_start(a, f); int r = jio_vsnprintf(s, n, f, a); va_end(a); return r; }
JNIEXPORT int jio_vfprintf(FILE *o, const char *f, va_list a) { return vfprintf(o, f, a); }
JNIEXPORT int jio_fprintf(FILE *o, const char *f, ...) { va_list a; va_start(a, f); int r = vfprintf(o, f, a); va_end(a); return r; }
JNIEXPORT void JNICALL JVM_BeforeHalt(void) { }
JNIEXPORT void * JNICALL JVM_FindLibraryEntry(void *handle, const char *name) { return dlsym(handle, name); }
JNIEXPORT jint JNICALL JVM_GetCDSConfigStatus(void) { return 0; }
JNIEXPORT jstring JNICALL JVM_GetTemporaryDirectory(JNIEnv *env) { return (*env)->NewStringUTF(env, "/tmp"); }
JNIEXPORT void JNICALL JVM_Halt(jint code) { exit(code); }
JNIEXPORT jboolean JNICALL JVM_IsContinuationsSupported(void) { return JNI_FALSE; }
JNIEXPORT jboolean JNICALL JVM_IsForeignLinkerSupported(void) { return JNI_FALSE; }
JNIEXPORT jboolean JNICALL JVM_IsPreviewEnabled(void) { return JNI_FALSE; }
JNIEXPORT void * JNICALL JVM_LoadLibrary(const char *name, jboolean throwException) { (void) throwException; return dlopen(name, RTLD_LAZY); }
JNIEXPORT void * JNICALL JVM_RawMonitorCreate(void) { pthread_mutex_t *m = malloc(sizeof *m); pthread_mutexattr_t a; pthread_mutexattr_init(&a); pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE); pthread_mutex_init(m, &a); return m; }
JNIEXPORT void JNICALL JVM_RawMonitorDestroy(void *m) { pthread_mutex_destroy(m); free(m); }
JNIEXPORT jint JNICALL JVM_RawMonitorEnter(void *m) { return pthread_mutex_lock(m); }
JNIEXPORT void JNICALL JVM_RawMonitorExit(void *m) { pthread_mutex_unlock(m); }
JNIEXPORT void JNICALL JVM_UnloadLibrary(void *handle) { dlclose(handle); }
