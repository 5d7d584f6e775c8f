/**
 * Questions and their answers ({@link io.podiokit.api.question.QuestionService}; Podio's reference areas Question).
 */
@NullMarked
package io.podiokit.api.question;

import org.jspecify.annotations.NullMarked;
