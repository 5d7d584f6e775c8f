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
 * An application's records are read and written reflectively by this module (see {@link RecordJsonAdapterFactory}),
 * its other classes by Moshi. On the module path that works only in packages their module opens to both; otherwise
 * the read or write fails with an {@link IllegalStateException}, an {@link AssertionError} or an
 * {@code InaccessibleObjectException}. This turns that failure into a {@link PodioException} that names the line to
 * add to {@code module-info.java}.
 */
final class ModuleAccess {

  private static final Module MOSHI = Moshi.class.getModule();
  private static final Module SELF = ModuleAccess.class.getModule();
  /** The modules that need the package open, as a {@code module-info.java} line lists them. */
  private static final String READERS = "com.squareup.moshi, io.podiokit.http.retrofit";

  private ModuleAccess() {}

  /**
   * Reading or writing ({@code verb}) a {@code type} as JSON failed: returns the {@link PodioException} that says which
   * package to open when a class in {@code type} lives in a package closed to its readers, else rethrows
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
    return new PodioException("Cannot " + verb + " " + closed.getName() + " as JSON: module " + module
        + " does not open package " + pkg + " to " + READERS + ". Add the line 'opens " + pkg + " to " + READERS
        + ";' to module " + module + "'s module-info.java.", failure);
  }

  /** The first class in {@code type}, its type arguments or its fields whose package is not open to both readers. */
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
    if (!module.isOpen(c.getPackageName(), MOSHI) || !module.isOpen(c.getPackageName(), SELF)) {
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
