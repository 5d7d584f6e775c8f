package io.podiokit.api.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Turns Java values into the JSON values request bodies carry (whole numbers as Long, others as Double). */
final class JsonValues {

  private JsonValues() {}

  static Object number(Number n, String name) {
    Objects.requireNonNull(n, name + " == null");
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return n.longValue();
    }
    if (n instanceof BigDecimal b) {
      BigDecimal stripped = b.stripTrailingZeros();
      if (stripped.scale() <= 0 && stripped.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
          && stripped.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0) {
        return stripped.longValueExact();
      }
    }
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException(name + " must be a finite number, was " + n);
    }
    return d;
  }

  static List<Long> ids(long[] ids, String name) {
    Objects.requireNonNull(ids, name + " == null");
    List<Long> out = new ArrayList<>(ids.length);
    for (long id : ids) {
      if (id <= 0) {
        throw new IllegalArgumentException(name + " must be positive ids, got " + id);
      }
      out.add(id);
    }
    return List.copyOf(out);
  }

  static String key(String field) {
    Objects.requireNonNull(field, "field == null");
    if (field.isBlank()) {
      throw new IllegalArgumentException("field must be an external id or a field id, was blank");
    }
    return field;
  }
}
