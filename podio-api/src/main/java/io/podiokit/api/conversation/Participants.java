package io.podiokit.api.conversation;

import java.util.List;
import java.util.Objects;

/**
 * The body that adds participants to a conversation.
 *
 * @param participants the users to add (user ids)
 */
public record Participants(List<Long> participants) {

  /**
   * Checks and copies.
   *
   * @param participants the users to add (user ids)
   */
  public Participants {
    participants = List.copyOf(Objects.requireNonNull(participants, "participants == null"));
    if (participants.isEmpty()) {
      throw new IllegalArgumentException("participants must not be empty");
    }
  }
}
