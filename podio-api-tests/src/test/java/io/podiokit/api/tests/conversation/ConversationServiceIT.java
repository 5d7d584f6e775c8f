package io.podiokit.api.tests.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.RefType;
import io.podiokit.api.conversation.Conversation;
import io.podiokit.api.conversation.ConversationCreated;
import io.podiokit.api.conversation.ConversationReply;
import io.podiokit.api.conversation.ConversationService;
import io.podiokit.api.conversation.MessageCreated;
import io.podiokit.api.conversation.NewConversation;
import io.podiokit.api.conversation.Participants;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ConversationServiceIT {

  static final ApiFixture api = ApiFixture.start(PodioEmulator.builder().demoData()
      .user("ann@example.com", "ann-password", "Ann Example")
      .user("bob@example.com", "bob-password", "Bob Example"));
  static final long ITEM = 100_001;

  @AfterAll
  static void stop() {
    api.close();
  }

  static long ann() {
    return api.podio.userId("ann@example.com");
  }

  static long bob() {
    return api.podio.userId("bob@example.com");
  }

  static ConversationService asAnn() {
    return api.client.api(api.client.authenticateWithPassword("ann@example.com", "ann-password")).conversations();
  }

  @Test
  void startsAConversationOnAnItemAndReadsItBack() {
    ConversationCreated created = api.user().conversations().createOn(RefType.ITEM, ITEM,
        NewConversation.of("Invoice 12", "Can you check it?", List.of(ann())));

    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/conversation/item/" + ITEM + "/");
    assertThat(api.last().json()).isEqualTo(Map.of("subject", "Invoice 12", "text", "Can you check it?",
        "participants", List.of(ann()), "file_ids", List.of()));
    assertThat(created.messageId()).isNotNull();

    Conversation c = api.user().conversations().conversation(created.conversationId());
    assertThat(api.last().path()).isEqualTo("/conversation/" + created.conversationId());
    assertThat(c.subject()).isEqualTo("Invoice 12");
    assertThat(c.type()).isEqualTo("direct");
    assertThat(c.ref()).isNotNull();
    assertThat(c.ref().type()).isEqualTo("item");
    assertThat(c.ref().id()).isEqualTo(ITEM);
    assertThat(c.createdBy()).isNotNull();
    assertThat(c.createdBy().id()).isEqualTo(api.userId());
    assertThat(c.participants()).extracting(Conversation.Participant::userId).containsExactly(api.userId(), ann());
    assertThat(c.messages()).singleElement().satisfies(m -> {
      assertThat(m.messageId()).isEqualTo(created.messageId());
      assertThat(m.text()).isEqualTo("Can you check it?");
      assertThat(m.createdOn()).isEqualTo(c.createdOn());
    });
    assertThat(c.unread()).isFalse();

    assertThat(api.user().conversations().conversationsOn(RefType.ITEM, ITEM))
        .extracting(Conversation::conversationId).contains(created.conversationId());
    assertThat(api.last().path()).isEqualTo("/conversation/item/" + ITEM + "/");
    assertThat(api.user().conversations().conversationsOn(RefType.ITEM, ITEM + 1)).isEmpty();
  }

  @Test
  void aReplyIsUnreadForTheOthersUntilTheyReadIt() {
    long id = api.user().conversations().create(NewConversation.of("Lunch", "Noon?", List.of(ann())))
        .conversationId();
    assertThat(api.last().path()).isEqualTo("/conversation/");
    assertThat(asAnn().conversation(id).unreadCount()).isEqualTo(1);

    MessageCreated reply = asAnn().reply(id, new ConversationReply("Yes, noon."));
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/conversation/" + id + "/reply");
    assertThat(api.last().json()).isEqualTo(Map.of("text", "Yes, noon.", "file_ids", List.of()));
    assertThat(asAnn().conversation(id).unread()).isFalse();
    Conversation mine = api.user().conversations().conversation(id);
    assertThat(mine.unread()).isTrue();
    assertThat(mine.unreadCount()).isEqualTo(1);
    assertThat(mine.messages()).extracting(Conversation.Message::messageId).last().isEqualTo(reply.messageId());
    assertThat(mine.excerpt()).isEqualTo("Yes, noon.");

    api.user().conversations().markRead(id);
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/conversation/" + id + "/read");
    assertThat(api.user().conversations().conversation(id).unread()).isFalse();

    api.user().conversations().markUnread(id);
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/conversation/" + id + "/read");
    assertThat(api.user().conversations().conversation(id).unreadCount()).isEqualTo(1);
  }

  @Test
  void participantsJoinAndOnlyParticipantsSeeAConversation() {
    long id = api.user().conversations().create(NewConversation.of("Plans", "Draft attached", List.of(ann())))
        .conversationId();
    ConversationService bob = api.client.api(api.client.authenticateWithPassword("bob@example.com", "bob-password"))
        .conversations();
    assertThatThrownBy(() -> bob.conversation(id)).isInstanceOfSatisfying(PodioApiException.class,
        e -> assertThat(e.status()).isEqualTo(403));

    api.user().conversations().addParticipants(id, new Participants(List.of(bob())));
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/conversation/" + id + "/participant/");
    assertThat(api.last().json()).isEqualTo(Map.of("participants", List.of(bob())));
    assertThat(api.last().status()).isEqualTo(204);

    Conversation seen = bob.conversation(id);
    assertThat(seen.type()).isEqualTo("group");
    assertThat(seen.participants()).extracting(Conversation.Participant::name)
        .containsExactly("Demo User", "Ann Example", "Bob Example");
    assertThat(seen.unreadCount()).isEqualTo(1);
  }

  @Test
  void listsPagesAndSearchesTheCallersConversations() {
    long older = api.user().conversations().create(NewConversation.of("Budget 2027", "Numbers", List.of(ann())))
        .conversationId();
    long newer = api.user().conversations().create(NewConversation.of("Offsite", "Where?", List.of(ann())))
        .conversationId();

    List<Conversation> page = api.user().conversations().conversations(1, 0);
    assertThat(api.last().path()).isEqualTo("/conversation/");
    assertThat(api.last().queryParams()).isEqualTo(Map.of("limit", "1", "offset", "0"));
    assertThat(page).extracting(Conversation::conversationId).containsExactly(newer);
    assertThat(page.get(0).messages()).isEmpty();
    assertThat(api.user().conversations().allConversations().map(Conversation::conversationId))
        .contains(older, newer).doesNotHaveDuplicates();

    List<Conversation> found = api.user().conversations().search("budget", 10, null);
    assertThat(api.last().path()).isEqualTo("/conversation/search/");
    assertThat(api.last().queryParams()).isEqualTo(Map.of("text", "budget", "limit", "10"));
    assertThat(found).extracting(Conversation::conversationId).containsExactly(older);
  }

  @Test
  void readsMicroAndFullViews() {
    long id = api.user().conversations().create(NewConversation.of("Micro", "Hi", List.of(ann()))).conversationId();
    Conversation micro = api.user().get("/conversation/" + id + "?view=micro", Conversation.class);
    assertThat(micro.conversationId()).isEqualTo(id);
    assertThat(micro.subject()).isEqualTo("Micro");
    assertThat(micro.participants()).isEmpty();
    assertThat(micro.messages()).isEmpty();
    assertThat(micro.createdBy()).isNull();
    assertThat(api.user().conversations().conversation(id).messages()).hasSize(1);
  }

  @Test
  void refusesBadInput() {
    assertThatThrownBy(() -> NewConversation.of("s", "t", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("participant");
    assertThatThrownBy(() -> api.user().conversations().create(NewConversation.of("s", "t", List.of(999_999L))))
        .isInstanceOfSatisfying(PodioApiException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("999999");
        });
    assertThatThrownBy(() -> api.user().conversations().conversationsOn(RefType.ITEM, 1))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThatThrownBy(() -> api.app().conversations().conversations(null, null))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(403));
  }
}
