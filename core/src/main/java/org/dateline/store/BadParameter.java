package org.dateline.store;

/** A filter or option value that cannot be used; names the parameter so the user can fix it. */
public final class BadParameter extends IllegalArgumentException {
  private final String parameter;

  public BadParameter(String parameter, String message) {
    super(parameter + ": " + message);
    this.parameter = parameter;
  }

  public String parameter() { return parameter; }
}
