package io.podiokit.webhooks;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One event Podio posted to a hook, typed by its {@code type}: {@link ItemCreated} for {@code item.create},
 * {@link CommentCreated} for {@code comment.create}, and so on, or {@link Unknown} for a type this version does not
 * know (or a known type without the id it should carry). Podio's webhooks carry ids only: read the object through the
 * API when you need more. Every event keeps the fields Podio posted ({@link #fields()}, the secret taken out). Events the receiver makes hold
 * unmodifiable collections.
 *
 * <pre>{@code
 * if (event instanceof WebhookEvent.ItemCreated created) {
 *   Item item = api.items().item(created.itemId());
 * }
 * }</pre>
 */
public sealed interface WebhookEvent {

  /**
   * The hook Podio posted to.
   *
   * @return the hook's id
   */
  long hookId();

  /**
   * The fields Podio posted, as received ({@code type}, {@code hook_id}, the ids, and any query parameter of the
   * hook's URL) except the receiver's secret.
   *
   * @return the fields, unmodifiable
   */
  Map<String, String> fields();

  /**
   * Podio's event type.
   *
   * @return e.g. {@code item.create}
   */
  default String type() {
    return fields().getOrDefault("type", "");
  }

  /**
   * {@code item.create}: An item was created in the hook's app.
   *
   * @param hookId the hook
   * @param itemId the item
   * @param itemRevisionId its revision, when Podio sent one
   * @param externalId its external id, when it has one
   * @param fields the fields Podio posted
   */
  record ItemCreated(long hookId, long itemId, @Nullable Long itemRevisionId, @Nullable String externalId,
                     Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code item.update}: An item of the hook's app was updated.
   *
   * @param hookId the hook
   * @param itemId the item
   * @param itemRevisionId the revision the update made, when Podio sent one
   * @param externalId its external id, when it has one
   * @param fields the fields Podio posted
   */
  record ItemUpdated(long hookId, long itemId, @Nullable Long itemRevisionId, @Nullable String externalId,
                     Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code item.delete}: An item of the hook's app was deleted.
   *
   * @param hookId the hook
   * @param itemId the item
   * @param itemRevisionId its last revision, when Podio sent one
   * @param externalId its external id, when it had one
   * @param fields the fields Podio posted
   */
  record ItemDeleted(long hookId, long itemId, @Nullable Long itemRevisionId, @Nullable String externalId,
                     Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code comment.create}: A comment was added to an item.
   *
   * @param hookId the hook
   * @param commentId the comment
   * @param itemId the item it is on, when Podio sent it
   * @param fields the fields Podio posted
   */
  record CommentCreated(long hookId, long commentId, @Nullable Long itemId,
                        Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code comment.delete}: A comment on an item was deleted.
   *
   * @param hookId the hook
   * @param commentId the comment
   * @param itemId the item it was on, when Podio sent it
   * @param fields the fields Podio posted
   */
  record CommentDeleted(long hookId, long commentId, @Nullable Long itemId,
                        Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code file.change}: Files attached to an item were added, replaced or removed.
   *
   * @param hookId the hook
   * @param fileIds the files (Podio's comma-separated {@code file_ids}, or {@code file_id}); may be empty
   * @param itemId the item, when Podio sent it
   * @param actionType {@code file_created}, {@code file_replaced} or {@code file_deleted}, when Podio sent it
   * @param fields the fields Podio posted
   */
  record FileChanged(long hookId, List<Long> fileIds, @Nullable Long itemId, @Nullable String actionType,
                     Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code app.create}: An app was created in the hook's space.
   *
   * @param hookId the hook
   * @param appId the app
   * @param fields the fields Podio posted
   */
  record AppCreated(long hookId, long appId, Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code app.update}: The hook's app (or an app of its space) was updated.
   *
   * @param hookId the hook
   * @param appId the app
   * @param fields the fields Podio posted
   */
  record AppUpdated(long hookId, long appId, Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code app.delete}: The hook's app (or an app of its space) was deleted.
   *
   * @param hookId the hook
   * @param appId the app
   * @param fields the fields Podio posted
   */
  record AppDeleted(long hookId, long appId, Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code task.create}: A task was created.
   *
   * @param hookId the hook
   * @param taskId the task
   * @param fields the fields Podio posted
   */
  record TaskCreated(long hookId, long taskId, Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code task.update}: A task was updated.
   *
   * @param hookId the hook
   * @param taskId the task
   * @param fields the fields Podio posted
   */
  record TaskUpdated(long hookId, long taskId, Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code task.delete}: A task was deleted.
   *
   * @param hookId the hook
   * @param taskId the task
   * @param fields the fields Podio posted
   */
  record TaskDeleted(long hookId, long taskId, Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code form.create}: A web form was created on the hook's app.
   *
   * @param hookId the hook
   * @param formId the form
   * @param appId its app, when Podio sent it
   * @param fields the fields Podio posted
   */
  record FormCreated(long hookId, long formId, @Nullable Long appId,
                     Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code form.update}: A web form of the hook's app was updated, enabled or disabled.
   *
   * @param hookId the hook
   * @param formId the form
   * @param appId its app, when Podio sent it
   * @param fields the fields Podio posted
   */
  record FormUpdated(long hookId, long formId, @Nullable Long appId,
                     Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code form.delete}: A web form of the hook's app was deleted.
   *
   * @param hookId the hook
   * @param formId the form
   * @param appId its app, when Podio sent it
   * @param fields the fields Podio posted
   */
  record FormDeleted(long hookId, long formId, @Nullable Long appId,
                     Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code tag.add}: A tag was added to an object.
   *
   * @param hookId the hook
   * @param refType the type of the tagged object, when Podio sent it
   * @param refId its id, when Podio sent it
   * @param tag the tag, when Podio sent it
   * @param fields the fields Podio posted
   */
  record TagAdded(long hookId, @Nullable String refType, @Nullable Long refId, @Nullable String tag,
                  Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code tag.delete}: A tag was removed from an object.
   *
   * @param hookId the hook
   * @param refType the type of the object, when Podio sent it
   * @param refId its id, when Podio sent it
   * @param tag the tag, when Podio sent it
   * @param fields the fields Podio posted
   */
  record TagDeleted(long hookId, @Nullable String refType, @Nullable Long refId, @Nullable String tag,
                    Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code member.add}: A member was added to the hook's space.
   *
   * @param hookId the hook
   * @param userId the member
   * @param fields the fields Podio posted
   */
  record MemberAdded(long hookId, long userId, Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code member.remove}: A member left or was removed from the hook's space.
   *
   * @param hookId the hook
   * @param userId the member
   * @param fields the fields Podio posted
   */
  record MemberRemoved(long hookId, long userId, Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code status.create}: A status message was posted in the hook's space.
   *
   * @param hookId the hook
   * @param statusId the status message
   * @param fields the fields Podio posted
   */
  record StatusCreated(long hookId, long statusId, Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code status.update}: A status message of the hook's space was edited.
   *
   * @param hookId the hook
   * @param statusId the status message
   * @param fields the fields Podio posted
   */
  record StatusUpdated(long hookId, long statusId, Map<String, String> fields) implements WebhookEvent {}

  /**
   * {@code status.delete}: A status message of the hook's space was deleted.
   *
   * @param hookId the hook
   * @param statusId the status message
   * @param fields the fields Podio posted
   */
  record StatusDeleted(long hookId, long statusId, Map<String, String> fields) implements WebhookEvent {}

  /**
   * An event of a type this version does not know, or of a known type without the id it should carry: the raw
   * fields, so that nothing Podio sends is lost or fails the call.
   *
   * @param hookId the hook
   * @param type Podio's event type
   * @param fields the fields Podio posted
   */
  record Unknown(long hookId, String type, Map<String, String> fields) implements WebhookEvent {}
}
