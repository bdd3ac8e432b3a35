package org.dateline.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.dateline.ingest.IngestOptions;

/**
 * What one run of the job is asked to do. Serializable: executors get the reading and coding part.
 *
 * @param inputs     Hadoop paths (files or folders) of JSON Lines, Parquet, text or HTML
 * @param out        Hadoop path of the output folder (its tables are replaced, never doubled)
 * @param mergeDays  reports of one dyad and CAMEO root this many days apart or less are one event
 * @param nlp        CoreNLP profile, as {@code dateline code --nlp}
 * @param dicts      names of the {@code --dict} files or folders shipped with the job (SparkContext.addFile)
 * @param partitions partitions the articles are coded in; 0 for four per core of the cluster
 */
record JobOptions(List<String> inputs, String out, int mergeDays, String nlp, List<String> dicts,
                  LocalDate date, String source, long maxBytes, int partitions) implements Serializable {
  IngestOptions ingest() {
    return new IngestOptions(date, source, maxBytes);
  }
}
