package io.podiokit.api.flow;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An attribute a flow can test, set or insert.
 *
 * @param key its key, e.g. {@code title} or {@code text}
 * @param label its label
 * @param type its value type, e.g. {@code text}, {@code date}, {@code profile}
 * @param required whether an effect must set it
 * @param substitution the placeholder that inserts it into an effect's text, e.g. {@code {{item.title}}}
 * @param options the values it may take, when fixed
 */
public record FlowAttribute(String key, @Nullable String label, @Nullable String type, @Nullable Boolean required,
                            @Nullable String substitution, List<String> options) {}
