package org.dateline.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.dateline.ingest.Ingest;

/**
 * The job's input: Hadoop paths (file, HDFS, S3) of JSON Lines, Parquet with the same columns,
 * and text or HTML files, folders read recursively with hidden files ("." or "_") left out, as
 * {@code dateline code} does. Every record keeps its file and line, for the failures table and
 * for the order in which articles are merged (argument, then path, then line, as {@code code}).
 */
final class Inputs {
  enum Kind { LINES, PARQUET, DOCUMENT }

  record InputFile(int arg, String path, String name, long length, Kind kind) implements Serializable {}

  /** One record to read: a JSON line (of JSON Lines, or a Parquet row as JSON), or a whole document. */
  record Raw(int arg, String path, String fileName, long line, boolean json, byte[] bytes) implements Serializable {}

  /** A path that could not be read at all, for the failures table. */
  record Missing(String path, String reason, String detail) {}

  private Inputs() {}

  static List<InputFile> list(Configuration conf, List<String> args, List<Missing> missing) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Path root = new Path(args.get(i));
      FileSystem fs = root.getFileSystem(conf);
      FileStatus st;
      try {
        st = fs.getFileStatus(root);
      } catch (FileNotFoundException e) {
        missing.add(new Missing(args.get(i), "not found", "no such file or folder"));
        continue;
      }
      Path qualified = st.getPath();
      List<InputFile> files = new ArrayList<>();
      if (st.isDirectory()) {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
        String prefix = qualified.toUri().getPath();
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          if (f.isFile() && !hidden(f.getPath().toUri().getPath().substring(prefix.length()))) files.add(file(i, f));
        }
      } else {
        files.add(file(i, st));
      }
      files.sort((a, b) -> a.path().compareTo(b.path()));
      out.addAll(files);
    }
    return out;
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) if (part.startsWith(".") || part.startsWith("_")) return true;
    return false;
  }

  private static InputFile file(int arg, FileStatus f) {
    String name = f.getPath().getName();
    String lower = name.toLowerCase(Locale.ROOT);
    Kind kind = lower.endsWith(".parquet") ? Kind.PARQUET : Ingest.isJsonLines(name) ? Kind.LINES : Kind.DOCUMENT;
    return new InputFile(arg, f.getPath().toString(), name, f.getLen(), kind);
  }

  /** Every record of the files; an empty JSON Lines or Parquet file is reported to {@code missing}. */
  static JavaRDD<Raw> read(SparkSession spark, List<InputFile> files, List<Missing> missing) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<JavaRDD<Raw>> parts = new ArrayList<>();
    Map<String, InputFile> documents = new HashMap<>();
    for (InputFile f : files) {
      if (f.kind() != Kind.DOCUMENT && f.length() == 0) {
        missing.add(new Missing(f.path(), "empty", "empty input (0 bytes)"));
      } else if (f.kind() == Kind.LINES) {
        parts.add(lines(sc, f));
      } else if (f.kind() == Kind.PARQUET) {
        parts.add(parquetRows(spark, f));
      } else {
        documents.put(f.path(), f);
      }
    }
    if (!documents.isEmpty()) {
      // One task per group of files, not per file: folders of many small articles.
      parts.add(sc.binaryFiles(String.join(",", documents.keySet()), sc.defaultParallelism()).map(t -> {
        InputFile f = documents.get(t._1());
        byte[] bytes = t._2().toArray();
        return new Raw(f == null ? 0 : f.arg(), t._1(), new Path(t._1()).getName(), 0, false, bytes);
      }));
    }
    if (parts.isEmpty()) return sc.emptyRDD();
    JavaRDD<Raw> all = parts.get(0);
    for (int i = 1; i < parts.size(); i++) all = all.union(parts.get(i));
    return all;
  }

  /** Lines split at '\n' only, as the core's JSON Lines reader does, numbered from 1. */
  private static JavaRDD<Raw> lines(JavaSparkContext sc, InputFile f) {
    Configuration conf = new Configuration(sc.hadoopConfiguration());
    conf.set("textinputformat.record.delimiter", "\n");
    int arg = f.arg();
    String path = f.path();
    String name = f.name();
    return sc.newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, conf)
        .map(t -> t._2().copyBytes())
        .zipWithIndex()
        .map(t -> new Raw(arg, path, name, t._2() + 1, true, t._1()));
  }

  /** Parquet rows as JSON objects with the same fields as a JSON Lines record; row numbers from 1. */
  private static JavaRDD<Raw> parquetRows(SparkSession spark, InputFile f) {
    int arg = f.arg();
    String path = f.path();
    String name = f.name();
    return spark.read().parquet(path).toJSON().javaRDD()
        .zipWithIndex()
        .map(t -> new Raw(arg, path, name, t._2() + 1, true, t._1().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
