/*
 * Forge's own minimal implementation of the small C helper functions that the
 * GraalVM Native Image runtime (svm, org.graalvm.nativeimage:svm 25.0.x) links
 * against (normally shipped as liblibchelper.a in a GraalVM distribution, which
 * is not available from any package registry reachable here).
 * Written from the @CFunction signatures in the svm jar; linux-amd64 only.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <jni.h>
#include <limits.h>
#include <locale.h>
#include <semaphore.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include <cpuid.h>
#include "amd64cpufeatures.h"
#include "svm_locale.h"

extern char **environ;
char **getEnviron(void) { return environ; }

int getThreadId(void) { return (int) syscall(SYS_gettid); }

long getThreadUserTimeSlow(int tid) {
  /* user time of a thread in ns, from /proc/self/task/<tid>/stat (fields 14) */
  char path[64], buf[1024];
  snprintf(path, sizeof path, "/proc/self/task/%d/stat", tid);
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  char *p = strrchr(buf, ')');
  if (!p) return -1;
  long utime = 0; int field = 2;
  for (char *t = strtok(p + 1, " "); t; t = strtok(NULL, " ")) {
    field++;
    if (field == 14) { utime = atol(t); break; }
  }
  return utime * (1000000000L / sysconf(_SC_CLK_TCK));
}

void *mremapP(void *old, size_t old_size, size_t new_size, int flags, void *new_addr) {
  return mremap(old, old_size, new_size, flags, new_addr);
}
int openSII(const char *path, int flags, int mode) { return open(path, flags, mode); }
int openatISII(int dirfd, const char *path, int flags, int mode) { return openat(dirfd, path, flags, mode); }
int fprintfSD(FILE *f, const char *fmt, const char *s, int d) { return fprintf(f, fmt, s, d); }

void clearCache(char *start, char *end) { __builtin___clear_cache(start, end); }

/* ---- time zone: TZ, /etc/timezone, then the /etc/localtime link ---- */
char *SVM_FindJavaTZmd(const char *tzmappings, int length) {
  (void) tzmappings; (void) length;
  const char *tz = getenv("TZ");
  if (tz && *tz) {
    if (*tz == ':') tz++;
    if (strncmp(tz, "/usr/share/zoneinfo/", 20) == 0) tz += 20;
    return strdup(tz);
  }
  char buf[PATH_MAX];
  FILE *f = fopen("/etc/timezone", "r");
  if (f) {
    if (fgets(buf, sizeof buf, f)) {
      buf[strcspn(buf, " \t\n")] = 0;
      fclose(f);
      if (*buf) return strdup(buf);
    } else fclose(f);
  }
  ssize_t n = readlink("/etc/localtime", buf, sizeof buf - 1);
  if (n > 0) {
    buf[n] = 0;
    char *z = strstr(buf, "zoneinfo/");
    if (z) return strdup(z + 9);
  }
  return strdup("UTC");
}

/* ---- locale (user.language etc.), the JDK's rules in simplified form ---- */
static svm_locale_props_t locale_props;
static char *dupn(const char *s, size_t n) { char *r = malloc(n + 1); if (r) { memcpy(r, s, n); r[n] = 0; } return r; }
static void parse_locale(const char *lc, char **lang, char **script, char **country, char **variant) {
  if (!lc || !*lc || strcmp(lc, "C") == 0 || strcmp(lc, "POSIX") == 0 || strncmp(lc, "C.", 2) == 0) lc = "en_US";
  size_t ln = strcspn(lc, "_.@");
  *lang = dupn(lc, ln);
  const char *p = lc + ln;
  *country = NULL; *script = NULL; *variant = NULL;
  if (*p == '_') { size_t cn = strcspn(p + 1, ".@"); *country = dupn(p + 1, cn); p += 1 + cn; }
  if (*p == '.') p += 1 + strcspn(p + 1, "@");
  if (*p == '@') {
    const char *v = p + 1;
    if (strcmp(v, "latin") == 0) *script = strdup("Latn");
    else if (strcmp(v, "cyrillic") == 0) *script = strdup("Cyrl");
    else if (strcmp(v, "euro") != 0) *variant = strdup(v);
  }
}
int svm_initialize_locale(void) {
  setlocale(LC_ALL, "");
  const char *ctype = setlocale(LC_CTYPE, NULL);
  const char *msgs = setlocale(LC_MESSAGES, NULL);
  parse_locale(ctype, &locale_props.format_language, &locale_props.format_script, &locale_props.format_country, &locale_props.format_variant);
  parse_locale(msgs, &locale_props.display_language, &locale_props.display_script, &locale_props.display_country, &locale_props.display_variant);
  setlocale(LC_ALL, "C");
  return locale_props.format_language && locale_props.display_language ? SVM_LOCALE_INITIALIZATION_SUCCEEDED : SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY;
}
svm_locale_props_t *svm_get_locale(void) { return &locale_props; }

/* ---- sun.misc.Signal support: a counting semaphore plus per-signal pending counts ---- */
static sem_t signal_sem;
static volatile int pending[NSIG];
static int sem_open_ok;
int cSunMiscSignal_open(void) {
  if (sem_open_ok) return 0;
  if (sem_init(&signal_sem, 0, 0) != 0) return -1;
  sem_open_ok = 1;
  return 0;
}
int cSunMiscSignal_close(void) { if (sem_open_ok) { sem_destroy(&signal_sem); sem_open_ok = 0; } return 0; }
int cSunMiscSignal_awaitSemaphore(void) { while (sem_wait(&signal_sem) != 0) { if (errno != EINTR) return -1; } return 0; }
int cSunMiscSignal_signalSemaphore(void) { return sem_post(&signal_sem); }
int cSunMiscSignal_signalRangeCheck(int sig) { return sig > 0 && sig < NSIG; }
int cSunMiscSignal_checkPendingSignal(void) {
  for (int i = 1; i < NSIG; i++) {
    int n = pending[i];
    if (n > 0 && __sync_bool_compare_and_swap(&pending[i], n, n - 1)) return i;
  }
  return -1;
}
static void dispatch_signal(int sig, siginfo_t *info, void *ctx) {
  (void) info; (void) ctx;
  if (sig > 0 && sig < NSIG) { __sync_fetch_and_add(&pending[sig], 1); sem_post(&signal_sem); }
}
void *cSunMiscSignal_signalHandlerFunctionPointer(void) { return (void *) dispatch_signal; }

/* ---- CPU features (cpuid); only the features listed here are checked ---- */
static int bit(unsigned r, int b) { return (r >> b) & 1; }
void determineCPUFeatures(CPUFeatures *f) {
  unsigned a, b, c, d, max = __get_cpuid_max(0, NULL);
  memset(f, 0, sizeof *f);
  if (max < 1) return;
  __cpuid(1, a, b, c, d);
  f->fCX8 = bit(d, 8); f->fCMOV = bit(d, 15); f->fFXSR = bit(d, 24); f->fHT = bit(d, 28);
  f->fMMX = bit(d, 23); f->fSSE = bit(d, 25); f->fSSE2 = bit(d, 26);
  f->fSSE3 = bit(c, 0); f->fSSSE3 = bit(c, 9); f->fSSE4_1 = bit(c, 19); f->fSSE4_2 = bit(c, 20);
  f->fPOPCNT = bit(c, 23); f->fAES = bit(c, 25); f->fCLMUL = bit(c, 1); f->fFMA = bit(c, 12); f->fF16C = bit(c, 29);
  f->fTSC = bit(d, 4);
  int osxsave = bit(c, 27), avx = bit(c, 28);
  unsigned long long xcr0 = 0;
  if (osxsave) { unsigned lo, hi; __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0)); xcr0 = ((unsigned long long) hi << 32) | lo; }
  int os_avx = (xcr0 & 6) == 6;
  f->fAVX = avx && os_avx;
  if (!os_avx) { f->fFMA = 0; f->fF16C = 0; }
  if (max >= 7) {
    __cpuid_count(7, 0, a, b, c, d);
    f->fBMI1 = bit(b, 3); f->fBMI2 = bit(b, 8); f->fERMS = bit(b, 9); f->fADX = bit(b, 19);
    f->fSHA = bit(b, 29); f->fAVX2 = bit(b, 5) && os_avx;
  }
  __cpuid(0x80000000, a, b, c, d);
  if (a >= 0x80000001) { __cpuid(0x80000001, a, b, c, d); f->fLZCNT = bit(c, 5); f->fAMD_3DNOW_PREFETCH = bit(c, 8); }
}
/* The image's build-time mask has one byte per CPUFeatures field (padded to 8 bytes): 0xFE where the image needs the
 * feature, 0xFF elsewhere. Returns 0 when every needed feature among those determineCPUFeatures detects is present;
 * features it does not detect (AVX-512 and later) are not checked. */
int checkCPUFeatures(const char *mask) {
  CPUFeatures have; determineCPUFeatures(&have);
  const char *h = (const char *) &have;
  static const size_t checked[] = {
    offsetof(CPUFeatures, fCX8), offsetof(CPUFeatures, fCMOV), offsetof(CPUFeatures, fFXSR), offsetof(CPUFeatures, fMMX),
    offsetof(CPUFeatures, fSSE), offsetof(CPUFeatures, fSSE2), offsetof(CPUFeatures, fSSE3), offsetof(CPUFeatures, fSSSE3),
    offsetof(CPUFeatures, fSSE4_1), offsetof(CPUFeatures, fSSE4_2), offsetof(CPUFeatures, fPOPCNT), offsetof(CPUFeatures, fAVX),
    offsetof(CPUFeatures, fAVX2), offsetof(CPUFeatures, fFMA), offsetof(CPUFeatures, fBMI1), offsetof(CPUFeatures, fBMI2),
    offsetof(CPUFeatures, fLZCNT), offsetof(CPUFeatures, fAES), offsetof(CPUFeatures, fCLMUL), offsetof(CPUFeatures, fF16C),
    offsetof(CPUFeatures, fADX), offsetof(CPUFeatures, fSHA), offsetof(CPUFeatures, fERMS), offsetof(CPUFeatures, fTSC)};
  for (size_t i = 0; i < sizeof checked / sizeof checked[0]; i++)
    if ((unsigned char) mask[checked[i]] == 0xFE && !h[checked[i]]) return 1;
  return 0;
}
int checkCPUFeaturesOrExit(const char *mask, const char *message) {
  if (checkCPUFeatures(mask) != 0) { fputs(message, stderr); fputc('\n', stderr); exit(1); }
  return 0;
}

/* ---- JNI_OnLoad_<lib> for the JDK libraries, which are linked as shared objects here ---- */
static jint onload(const char *so, JavaVM *vm, void *reserved) {
  void *h = dlopen(so, RTLD_NOW | RTLD_NOLOAD);
  if (!h) return JNI_VERSION_1_8;
  jint (*f)(JavaVM *, void *) = (jint (*)(JavaVM *, void *)) dlsym(h, "JNI_OnLoad");
  jint v = f ? f(vm, reserved) : JNI_VERSION_1_8;
  /* a JNI_OnLoad_<lib> of a built-in library has to answer 1.8 or later; the shared library's JNI_OnLoad answers 1.2 */
  return v < 0 ? v : (v < JNI_VERSION_1_8 ? JNI_VERSION_1_8 : v);
}
JNIEXPORT jint JNICALL JNI_OnLoad_java(JavaVM *vm, void *r) { return onload("libjava.so", vm, r); }
JNIEXPORT jint JNICALL JNI_OnLoad_nio(JavaVM *vm, void *r) { return onload("libnio.so", vm, r); }
JNIEXPORT jint JNICALL JNI_OnLoad_net(JavaVM *vm, void *r) { return onload("libnet.so", vm, r); }
JNIEXPORT jint JNICALL JNI_OnLoad_zip(JavaVM *vm, void *r) { return onload("libzip.so", vm, r); }
