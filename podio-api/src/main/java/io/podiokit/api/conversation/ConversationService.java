package io.podiokit.api.conversation;

import io.podiokit.api.Paging;
import io.podiokit.api.RefType;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Conversations: private messages between users, on their own or on an object (an item, a task, a status, ...),
 * with replies, participants and read flags.
 *
 * <pre>{@code
 * ConversationCreated c = api.conversations().createOn(RefType.ITEM, itemId,
 *     NewConversation.of("Invoice", "Can you check this?", List.of(userId)));
 * api.conversations().reply(c.conversationId(), new ConversationReply("Done."));
 * }</pre>
 */
public interface ConversationService {

  /**
   * {@code GET /conversation/{conversation_id}}: a conversation with its messages and participants.
   *
   * @param conversationId the conversation
   * @return the conversation
   */
  @GET("conversation/{conversation_id}")
  Conversation conversation(@Path("conversation_id") long conversationId);

  /**
   * {@code GET /conversation/}: one page of the caller's conversations, newest activity first.
   *
   * @param limit the largest page, {@code null} for Podio's default
   * @param offset how many to skip, {@code null} for none
   * @return the page
   */
  @GET("conversation/")
  List<Conversation> conversations(@Query("limit") @Nullable Integer limit, @Query("offset") @Nullable Integer offset);

  /**
   * Every conversation of the caller, fetched page by page as the stream is read.
   *
   * @return the conversations
   */
  default Stream<Conversation> allConversations() {
    return Paging.defaults().stream((offset, limit) -> conversations(limit, offset));
  }

  /**
   * {@code GET /conversation/{ref_type}/{ref_id}/}: the caller's conversations on an object.
   *
   * @param refType the kind of object
   * @param refId its id
   * @return the conversations
   */
  @GET("conversation/{ref_type}/{ref_id}/")
  List<Conversation> conversationsOn(@Path("ref_type") RefType refType, @Path("ref_id") long refId);

  /**
   * {@code POST /conversation/}: starts a conversation.
   *
   * @param conversation subject, first message and participants
   * @return the new conversation's and first message's ids
   */
  @POST("conversation/")
  ConversationCreated create(@Body NewConversation conversation);

  /**
   * {@code POST /conversation/{ref_type}/{ref_id}/}: starts a conversation on an object.
   *
   * @param refType the kind of object
   * @param refId its id
   * @param conversation subject, first message and participants
   * @return the new conversation's and first message's ids
   */
  @POST("conversation/{ref_type}/{ref_id}/")
  ConversationCreated createOn(@Path("ref_type") RefType refType, @Path("ref_id") long refId,
                               @Body NewConversation conversation);

  /**
   * {@code POST /conversation/{conversation_id}/reply}: replies to a conversation; it becomes unread for the
   * other participants.
   *
   * @param conversationId the conversation
   * @param reply the message
   * @return the new message's id
   */
  @POST("conversation/{conversation_id}/reply")
  MessageCreated reply(@Path("conversation_id") long conversationId, @Body ConversationReply reply);

  /**
   * {@code POST /conversation/{conversation_id}/participant/}: adds users to a conversation.
   *
   * @param conversationId the conversation
   * @param participants the users to add
   * @return {@code null}
   */
  @POST("conversation/{conversation_id}/participant/")
  Void addParticipants(@Path("conversation_id") long conversationId, @Body Participants participants);

  /**
   * {@code POST /conversation/{conversation_id}/read}: marks a conversation read for the caller.
   *
   * @param conversationId the conversation
   * @return {@code null}
   */
  @POST("conversation/{conversation_id}/read")
  Void markRead(@Path("conversation_id") long conversationId);

  /**
   * {@code DELETE /conversation/{conversation_id}/read}: marks a conversation unread for the caller.
   *
   * @param conversationId the conversation
   * @return {@code null}
   */
  @DELETE("conversation/{conversation_id}/read")
  Void markUnread(@Path("conversation_id") long conversationId);

  /**
   * {@code GET /conversation/search/}: the caller's conversations whose subject or messages contain {@code text}.
   *
   * @param text the words to look for
   * @param limit the largest page, {@code null} for Podio's default
   * @param offset how many to skip, {@code null} for none
   * @return the matching conversations
   */
  @GET("conversation/search/")
  List<Conversation> search(@Query("text") String text, @Query("limit") @Nullable Integer limit,
                            @Query("offset") @Nullable Integer offset);
}
