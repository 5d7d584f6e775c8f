package io.podiokit.http.retrofit;

import com.squareup.moshi.Moshi;
import io.podiokit.PodioException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Moshi reads and writes an application's records and classes reflectively. On the module path it can do so only in
 * packages their module opens to {@code com.squareup.moshi}; otherwise Moshi fails with an {@link AssertionError} or an
 * {@code InaccessibleObjectException}. This turns that failure into a {@link PodioException} that names the line to
 * add to {@code module-info.java}.
 */
final class ModuleAccess {

  private static final Module MOSHI = Moshi.class.getModule();

  private ModuleAccess() {}

  /**
   * Moshi failed to {@code verb} ("read" or "write") a {@code type}: returns the {@link PodioException} that says
   * which package to open when a class in {@code type} lives in a package closed to Moshi, else rethrows
   * {@code failure} as it is.
   */
  static PodioException explain(Type type, String verb, Throwable failure) {
    Class<?> closed = closedClass(type, new HashSet<>());
    if (closed == null) {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      throw (Error) failure;
    }
    String module = closed.getModule().getName();
    String pkg = closed.getPackageName();
    return new PodioException("Moshi cannot " + verb + " " + closed.getName() + " as JSON: module " + module
        + " does not open package " + pkg + " to com.squareup.moshi. Add the line 'opens " + pkg
        + " to com.squareup.moshi;' to module " + module + "'s module-info.java.", failure);
  }

  /** The first class in {@code type}, its type arguments or its fields whose package is not open to Moshi. */
  private static @Nullable Class<?> closedClass(Type type, Set<Type> seen) {
    if (!seen.add(type)) {
      return null;
    }
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        Class<?> closed = closedClass(argument, seen);
        if (closed != null) {
          return closed;
        }
      }
      return closedClass(p.getRawType(), seen);
    }
    if (type instanceof GenericArrayType a) {
      return closedClass(a.getGenericComponentType(), seen);
    }
    if (type instanceof WildcardType w) {
      return w.getUpperBounds().length == 0 ? null : closedClass(w.getUpperBounds()[0], seen);
    }
    if (!(type instanceof Class<?> c) || c.isPrimitive()) {
      return null;
    }
    if (c.isArray()) {
      return closedClass(c.getComponentType(), seen);
    }
    Module module = c.getModule();
    if (!module.isNamed() || module.getDescriptor() == null || module.getName().startsWith("java.")) {
      return null;
    }
    if (!module.isOpen(c.getPackageName(), MOSHI)) {
      return c;
    }
    if (c.isRecord()) {
      for (RecordComponent component : c.getRecordComponents()) {
        Class<?> closed = closedClass(component.getGenericType(), seen);
        if (closed != null) {
          return closed;
        }
      }
      return null;
    }
    for (Field field : c.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        Class<?> closed = closedClass(field.getGenericType(), seen);
        if (closed != null) {
          return closed;
        }
      }
    }
    return null;
  }
}
