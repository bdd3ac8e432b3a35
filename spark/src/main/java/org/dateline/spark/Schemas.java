package org.dateline.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output tables' columns: those of the DuckDB store's tables (StoreSchema), in the same
 * order and of the matching types, so DuckDB and {@code dateline query --parquet} read them as
 * the store. Plus the job's own: the coded records between stages, and the failures.
 */
final class Schemas {
  private Schemas() {}

  static final StructType ARTICLES = of("id", StringType, "content_hash", StringType, "date", DateType,
      "source", StringType, "title", StringType, "url", StringType, "text", StringType, "body_offset", IntegerType,
      "dateline_text", StringType, "dateline_place", StringType, "dateline_date", DateType,
      "dateline_source", StringType, "origin", StringType, "duplicate_of", StringType, "similarity", DoubleType,
      "n_events", IntegerType, "record", StringType, "ingested_at", TimestampNTZType);

  static final StructType PLACES = of("article_id", StringType, "idx", IntegerType, "text", StringType,
      "char_start", IntegerType, "char_end", IntegerType, "sentence", IntegerType, "name", StringType,
      "country", StringType, "admin1", StringType, "feature_class", StringType, "lat", DoubleType, "lon", DoubleType,
      "geoname_id", LongType, "confidence", DoubleType, "feature_kind", StringType, "used_as", StringType);

  static final StructType EVENTS = of("id", LongType, "actor1", StringType, "actor2", StringType,
      "cameo", StringType, "cameo_root", StringType, "quad_class", IntegerType, "goldstein", DoubleType,
      "plover_type", StringType, "first_day", DateType, "last_day", DateType, "place_name", StringType,
      "place_country", StringType, "lat", DoubleType, "lon", DoubleType, "factual", BooleanType);

  static final StructType MENTIONS = of("id", StringType, "article_id", StringType, "idx", IntegerType,
      "event_id", LongType, "local_id", StringType, "actor1", StringType, "actor2", StringType, "cameo", StringType,
      "cameo_root", StringType, "quad_class", IntegerType, "goldstein", DoubleType, "plover_type", StringType,
      "plover_mode", StringType, "plover_context", DataTypes.createArrayType(StringType, true),
      "date_value", StringType, "day", DateType, "date_text", StringType, "place_name", StringType,
      "place_country", StringType, "lat", DoubleType, "lon", DoubleType, "negated", BooleanType,
      "modality", StringType, "confidence", DoubleType, "sentence", IntegerType, "char_start", IntegerType,
      "char_end", IntegerType, "evidence", StringType, "trigger", StringType, "actor1_offset", IntegerType,
      "actor2_offset", IntegerType);

  static final StructType MENTION_ACTORS = of("mention_id", StringType, "side", StringType, "idx", IntegerType,
      "text", StringType, "name", StringType, "code", StringType, "country", StringType, "sector", StringType,
      "role", StringType);

  /** A record that could not be read or coded: its input (path), line (null for a whole file) and why. */
  static final StructType FAILURES = of("input", StringType, "line", LongType, "reason", StringType,
      "detail", StringType);

  /** An input record read and keyed, before coding: where it is, its article id and content hash. */
  static final StructType KEYED = of("arg", IntegerType, "path", StringType, "file_name", StringType,
      "line", LongType, "json", BooleanType, "bytes", DataTypes.BinaryType, "id", StringType, "content_hash", StringType);

  /** An article as the merge stages need it: its coded record, where it came from, and its place in the order. */
  static final StructType CODED = of("record", StringType, "origin", StringType, "ingested_at", TimestampNTZType);

  /** A table of these columns (name, type, name, type, ...), all nullable. */
  static StructType of(Object... nameType) {
    StructField[] f = new StructField[nameType.length / 2];
    for (int i = 0; i < f.length; i++) {
      f[i] = DataTypes.createStructField((String) nameType[2 * i], (DataType) nameType[2 * i + 1], true);
    }
    return DataTypes.createStructType(f);
  }
}
