package org.dateline.bench;

/**
 * One system's measurements over the timed documents.
 *
 * @param loadMillis    wall time to build the system (models and data files)
 * @param wallMillis    wall time of the timed run, all threads together
 * @param p50Millis     median latency of one document
 * @param p95Millis     95th-percentile latency of one document
 * @param peakHeapBytes sum of the heap memory pools' peaks from before loading to the end of the
 *                      run (pools peak at different moments: an upper bound of the true peak)
 * @param peakRssBytes  the process's resident-set high-water mark (VmHWM), or -1 where unknown
 * @param rssReset      whether the high-water mark could be reset before this system loaded; if
 *                      not, it also holds whatever ran earlier in the process
 */
public record SystemStats(String name, long loadMillis, int documents, long tokens, long wallMillis,
                          double p50Millis, double p95Millis, long peakHeapBytes, long liveHeapBytes, long peakRssBytes,
                          boolean rssReset) {
  public double docsPerSecond() {
    return wallMillis == 0 ? 0 : documents * 1000.0 / wallMillis;
  }

  public double tokensPerSecond() {
    return wallMillis == 0 ? 0 : tokens * 1000.0 / wallMillis;
  }
}
