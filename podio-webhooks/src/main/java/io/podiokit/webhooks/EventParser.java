package io.podiokit.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns the fields of one of Podio's webhook posts into a typed {@link WebhookEvent}. */
final class EventParser {

  private EventParser() {}

  /** Thrown inside the parser when a known type lacks an id it needs; the event then reads as Unknown. */
  private static final class MissingId extends RuntimeException {
    MissingId() {
      super(null, null, false, false);
    }
  }

  /** The typed event; {@link WebhookEvent.Unknown} for an unknown type or a known one without its ids. */
  static WebhookEvent parse(long hookId, String type, Map<String, String> fields) {
    Map<String, String> f = Map.copyOf(fields);
    try {
      return typed(hookId, type, f);
    } catch (MissingId e) {
      return new WebhookEvent.Unknown(hookId, type, f);
    }
  }

  private static WebhookEvent typed(long hookId, String type, Map<String, String> f) {
    return switch (type) {
      case "item.create" -> new WebhookEvent.ItemCreated(hookId,
          id(f, "item_id"), optionalId(f, "item_revision_id"), f.get("external_id"), f);
      case "item.update" -> new WebhookEvent.ItemUpdated(hookId,
          id(f, "item_id"), optionalId(f, "item_revision_id"), f.get("external_id"), f);
      case "item.delete" -> new WebhookEvent.ItemDeleted(hookId,
          id(f, "item_id"), optionalId(f, "item_revision_id"), f.get("external_id"), f);
      case "comment.create" -> new WebhookEvent.CommentCreated(hookId,
          id(f, "comment_id"), optionalId(f, "item_id"), f);
      case "comment.delete" -> new WebhookEvent.CommentDeleted(hookId,
          id(f, "comment_id"), optionalId(f, "item_id"), f);
      case "file.change" -> new WebhookEvent.FileChanged(hookId,
          fileIds(f), optionalId(f, "item_id"), f.get("action_type"), f);
      case "app.create" -> new WebhookEvent.AppCreated(hookId, id(f, "app_id"), f);
      case "app.update" -> new WebhookEvent.AppUpdated(hookId, id(f, "app_id"), f);
      case "app.delete" -> new WebhookEvent.AppDeleted(hookId, id(f, "app_id"), f);
      case "task.create" -> new WebhookEvent.TaskCreated(hookId, id(f, "task_id"), f);
      case "task.update" -> new WebhookEvent.TaskUpdated(hookId, id(f, "task_id"), f);
      case "task.delete" -> new WebhookEvent.TaskDeleted(hookId, id(f, "task_id"), f);
      case "form.create" -> new WebhookEvent.FormCreated(hookId, id(f, "form_id"), optionalId(f, "app_id"), f);
      case "form.update" -> new WebhookEvent.FormUpdated(hookId, id(f, "form_id"), optionalId(f, "app_id"), f);
      case "form.delete" -> new WebhookEvent.FormDeleted(hookId, id(f, "form_id"), optionalId(f, "app_id"), f);
      case "tag.add" -> new WebhookEvent.TagAdded(hookId, f.get("ref_type"), optionalId(f, "ref_id"), f.get("tag"), f);
      case "tag.delete" -> new WebhookEvent.TagDeleted(hookId,
          f.get("ref_type"), optionalId(f, "ref_id"), f.get("tag"), f);
      case "member.add" -> new WebhookEvent.MemberAdded(hookId, id(f, "user_id"), f);
      case "member.remove" -> new WebhookEvent.MemberRemoved(hookId, id(f, "user_id"), f);
      case "status.create" -> new WebhookEvent.StatusCreated(hookId, id(f, "status_id"), f);
      case "status.update" -> new WebhookEvent.StatusUpdated(hookId, id(f, "status_id"), f);
      case "status.delete" -> new WebhookEvent.StatusDeleted(hookId, id(f, "status_id"), f);
      default -> new WebhookEvent.Unknown(hookId, type, f);
    };
  }

  private static long id(Map<String, String> f, String name) {
    Long id = optionalId(f, name);
    if (id == null) {
      throw new MissingId();
    }
    return id;
  }

  private static @Nullable Long optionalId(Map<String, String> f, String name) {
    String text = f.get(name);
    return text == null ? null : number(text);
  }

  private static @Nullable Long number(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<Long> fileIds(Map<String, String> f) {
    String text = f.containsKey("file_ids") ? f.get("file_ids") : f.get("file_id");
    List<Long> ids = new ArrayList<>();
    if (text != null) {
      for (String part : text.split(",")) {
        Long id = part.isBlank() ? null : number(part);
        if (id != null) {
          ids.add(id);
        }
      }
    }
    return List.copyOf(ids);
  }
}
