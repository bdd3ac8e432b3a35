package org.dateline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Set;

/** The output contract, ../shared/spec/article.schema.json. */
public final class Schema {
  private Schema() {}

  private static JsonSchema schema;

  /** Validation errors of one record (empty when valid); skips the test when the schema is absent. */
  public static synchronized Set<ValidationMessage> errors(JsonNode record) {
    if (schema == null) {
      try (InputStream in = Files.newInputStream(Shared.require("spec/article.schema.json"))) {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema.validate(record);
  }
}
