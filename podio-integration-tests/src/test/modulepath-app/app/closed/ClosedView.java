package app.closed;

/** A record in a package that module-info.java does not open. */
public record ClosedView(long app_id) {}
