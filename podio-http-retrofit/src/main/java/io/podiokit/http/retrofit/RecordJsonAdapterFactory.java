package io.podiokit.http.retrofit;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes records the way Podio's partial views need: a component is read from the JSON name its
 * {@link Json} annotation gives (its own name otherwise); unknown keys are skipped; a missing or null list, set or map
 * reads as an empty one; a missing or null {@code @Nullable} component reads as {@code null}; a missing primitive or
 * other non-null component (the identity fields) fails the read with a message naming it. Nulls are not written.
 */
final class RecordJsonAdapterFactory implements JsonAdapter.Factory {

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (!raw.isRecord()) {
      return null;
    }
    RecordComponent[] components = raw.getRecordComponents();
    Component[] bound = new Component[components.length];
    Class<?>[] parameterTypes = new Class<?>[components.length];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      Json json = c.getAnnotation(Json.class);
      String name = json != null && !json.name().equals(Json.UNSET_NAME) ? json.name() : c.getName();
      Type resolved = resolve(c.getGenericType(), type, raw);
      Class<?> componentRaw = c.getType();
      Kind kind = componentRaw.isPrimitive() ? Kind.PRIMITIVE
          : c.getAnnotatedType().isAnnotationPresent(Nullable.class) ? Kind.NULLABLE
          : List.class == componentRaw || Collection.class == componentRaw ? Kind.LIST
          : Set.class == componentRaw ? Kind.SET
          : Map.class == componentRaw ? Kind.MAP
          : Kind.REQUIRED;
      bound[i] = new Component(name, kind, moshi.adapter(resolved), c.getAccessor());
      parameterTypes[i] = componentRaw;
      if (!seen.add(name)) {
        throw new IllegalArgumentException(raw.getName() + " has two components named \"" + name + "\" in JSON");
      }
    }
    Constructor<?> constructor;
    try {
      constructor = raw.getDeclaredConstructor(parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(raw.getName() + " has no canonical constructor", e);
    }
    String[] names = new String[bound.length];
    for (int i = 0; i < bound.length; i++) {
      names[i] = bound[i].name();
    }
    return new RecordAdapter<>(raw.getSimpleName(), constructor, bound, JsonReader.Options.of(names)).nullSafe();
  }

  private enum Kind { PRIMITIVE, REQUIRED, NULLABLE, LIST, SET, MAP }

  private record Component(String name, Kind kind, JsonAdapter<Object> adapter, Method accessor) {}

  private static final class RecordAdapter<T> extends JsonAdapter<T> {
    private final String typeName;
    private final Constructor<?> constructor;
    private final Component[] components;
    private final JsonReader.Options names;

    RecordAdapter(String typeName, Constructor<?> constructor, Component[] components, JsonReader.Options names) {
      this.typeName = typeName;
      this.constructor = constructor;
      this.components = components;
      this.names = names;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T fromJson(JsonReader reader) throws IOException {
      @Nullable Object[] values = new Object[components.length];
      boolean[] present = new boolean[components.length];
      reader.beginObject();
      while (reader.hasNext()) {
        // Names are matched against the component names without making a String of each (Moshi's own way).
        int index = reader.selectName(names);
        if (index < 0) {
          reader.skipName();
          reader.skipValue();
          continue;
        }
        values[index] = components[index].adapter().fromJson(reader);
        present[index] = values[index] != null;
      }
      reader.endObject();
      for (int i = 0; i < components.length; i++) {
        if (present[i]) {
          continue;
        }
        Component c = components[i];
        switch (c.kind()) {
          case LIST -> values[i] = List.of();
          case SET -> values[i] = Set.of();
          case MAP -> values[i] = Map.of();
          case NULLABLE -> values[i] = null;
          case PRIMITIVE, REQUIRED -> throw new JsonDataException(typeName + " without its required \"" + c.name()
              + "\" at " + reader.getPath());
        }
      }
      try {
        return (T) constructor.newInstance(values);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw new JsonDataException(typeName + " rejected the values read at " + reader.getPath() + ": "
            + (cause == null ? e : cause.getMessage()), cause);
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException("cannot construct " + typeName + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      writer.beginObject();
      for (Component c : components) {
        Object v;
        try {
          v = c.accessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + typeName + "." + c.accessor().getName(), e);
        }
        if (v != null) {
          writer.name(c.name());
          c.adapter().toJson(writer, v);
        }
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + typeName + ")";
    }
  }

  /** {@code type} with the record's type variables replaced by the arguments of {@code owner}. */
  private static Type resolve(Type type, Type owner, Class<?> raw) {
    if (type instanceof TypeVariable<?> variable) {
      TypeVariable<?>[] declared = raw.getTypeParameters();
      if (owner instanceof ParameterizedType p) {
        for (int i = 0; i < declared.length; i++) {
          if (declared[i].getName().equals(variable.getName())) {
            return p.getActualTypeArguments()[i];
          }
        }
      }
      return Object.class;
    }
    if (type instanceof ParameterizedType p) {
      Type[] args = p.getActualTypeArguments().clone();
      for (int i = 0; i < args.length; i++) {
        args[i] = resolve(args[i], owner, raw);
      }
      return Types.newParameterizedTypeWithOwner(p.getOwnerType(), p.getRawType(), args);
    }
    if (type instanceof WildcardType w) {
      return resolve(w.getUpperBounds()[0], owner, raw);
    }
    if (type instanceof GenericArrayType a) {
      return Types.arrayOf(resolve(a.getGenericComponentType(), owner, raw));
    }
    return type;
  }
}
