package io.podiokit.api.tests.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.IdList;
import io.podiokit.api.contact.Contact;
import io.podiokit.api.contact.ContactFields;
import io.podiokit.api.contact.ContactQuery;
import io.podiokit.api.contact.ContactService;
import io.podiokit.api.contact.ContactTotals;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Contacts and profiles over real HTTP against the emulator. */
class ContactIT {

  static final String GRACE = "grace@example.com";
  static final ApiFixture api = ApiFixture.start(PodioEmulator.builder().demoData()
      .user(GRACE, "grace-password-77a1", "Grace Hopper"));
  static final long SPACE = 1;

  @AfterAll
  static void stop() {
    api.close();
  }

  /** Reads any JSON object through the client's own reader: stored as a property, read back as {@code value}. */
  public record ContactHolder(Contact value) {}

  static ContactService contacts() {
    return api.user().contacts();
  }

  static long graceId() {
    return api.podio.userId(GRACE);
  }

  static long create(ContactFields fields) {
    return contacts().create(SPACE, fields).profileId();
  }

  @Test
  void createSendsTheFieldsSetAndAnswersTheProfileId() {
    long id = contacts().create(SPACE, ContactFields.builder().name("Ada Lovelace").mail("ada@example.com")
        .phone("+44 20 1234").organization("Analytical Engines").externalId("crm-1").build()).profileId();

    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/contact/space/1/");
    assertThat(api.last().json()).isEqualTo(Map.of("name", "Ada Lovelace", "mail", List.of("ada@example.com"),
        "phone", List.of("+44 20 1234"), "organization", "Analytical Engines", "external_id", "crm-1"));
    assertThat(id).isGreaterThan(500_000);
    Contact ada = contacts().byIds(id).get(0);
    assertThat(ada.type()).isEqualTo("space");
    assertThat(ada.spaceId()).isEqualTo(SPACE);
    assertThat(ada.externalId()).isEqualTo("crm-1");
    assertThat(ada.mail()).containsExactly("ada@example.com");
    assertThat(ada.rights()).contains("update", "delete");
  }

  @Test
  void aContactWithoutANameIsRefused() {
    assertThatThrownBy(() -> contacts().create(SPACE, ContactFields.builder().city("Paris").build()))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("name");
  }

  @Test
  void oneIdAnswersOneObjectAndSeveralAList_bothReadAsAList() {
    long a = create(ContactFields.builder().name("Alan Turing").build());
    long b = create(ContactFields.builder().name("Barbara Liskov").build());

    List<Contact> one = contacts().byIds(a);
    assertThat(api.last().path()).isEqualTo("/contact/" + a + "/v2");
    assertThat(api.podio.lastRequest().status()).isEqualTo(200);
    assertThat(one).extracting(Contact::name).containsExactly("Alan Turing");
    Object raw = api.user().get("/contact/" + a + "/v2");
    assertThat(raw).as("Podio's answer for one id is an object").isInstanceOf(Map.class);

    List<Contact> two = contacts().byIds(List.of(a, b));
    assertThat(api.last().path()).isEqualTo("/contact/" + a + "," + b + "/v2");
    assertThat(two).extracting(Contact::name).containsExactly("Alan Turing", "Barbara Liskov");
    assertThat(api.user().get("/contact/" + a + "," + b + "/v2")).isInstanceOf(List.class);
  }

  @Test
  void idListsAreCheckedBeforeAnyCall() {
    assertThatThrownBy(() -> contacts().byIds()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one id");
    assertThatThrownBy(() -> IdList.of(3, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThat(IdList.of(5, 6, 7)).hasToString("5,6,7");
  }

  @Test
  void aMicroContactParsesWithEmptyListsAndAFullOneWithEveryField() {
    api.user().users().setProperty("micro-contact", Map.of("profile_id", 12));
    Contact micro = api.user().get("/user/property/micro-contact", ContactHolder.class).value();
    assertThat(micro.profileId()).isEqualTo(12);
    assertThat(micro.name()).isNull();
    assertThat(micro.mail()).isEmpty();
    assertThat(micro.image()).isEmpty();

    long id = create(ContactFields.builder().name("Katherine Johnson").birthdate("1918-08-26")
        .title("Mathematician").skill("orbital mechanics").address("NASA Langley").zip("23681").city("Hampton")
        .state("VA").country("USA").url("https://nasa.gov").about("Computed trajectories").department("Flight")
        .skype("kj").linkedin("https://linkedin.com/in/kj").twitter("kj").vatin("X1").location("Virginia").build());
    Contact full = contacts().byIds(id).get(0);
    assertThat(full.birthdate()).isEqualTo("1918-08-26");
    assertThat(full.title()).containsExactly("Mathematician");
    assertThat(full.skill()).containsExactly("orbital mechanics");
    assertThat(full.address()).containsExactly("NASA Langley");
    assertThat(full.location()).containsExactly("Virginia");
    assertThat(full.url()).containsExactly("https://nasa.gov");
    assertThat(List.of(full.zip(), full.city(), full.state(), full.country(), full.about(), full.department(),
        full.skype(), full.linkedin(), full.twitter(), full.vatin()))
        .containsExactly("23681", "Hampton", "VA", "USA", "Computed trajectories", "Flight", "kj",
            "https://linkedin.com/in/kj", "kj", "X1");
    assertThat(full.link()).startsWith(api.podio.baseUrl().toString().replaceAll("/$", ""));
  }

  @Test
  void contactsAreFoundByTypeFieldsAndRequiredFieldsInTheViewAskedFor() {
    create(ContactFields.builder().name("Hedy Lamarr").mail("hedy@find.example").phone("555").build());
    create(ContactFields.builder().name("Hedwig Kiesler").mail("hedwig@find.example").build());

    List<Contact> found = contacts().contacts(ContactQuery.builder().contactType("space")
        .field("mail", "find.example").required("phone").full(true).limit(10).offset(0).build());

    assertThat(api.last().path()).isEqualTo("/contact/");
    assertThat(api.last().queryParams()).containsEntry("contact_type", "space").containsEntry("mail", "find.example")
        .containsEntry("required", "phone").containsEntry("type", "full").containsEntry("limit", "10")
        .containsEntry("offset", "0");
    assertThat(found).extracting(Contact::name).containsExactly("Hedy Lamarr");
    assertThat(found.get(0).phone()).containsExactly("555");

    List<Contact> users = contacts().contacts();
    assertThat(api.last().query()).isEmpty();
    assertThat(users).extracting(Contact::userId).containsExactly(graceId());
    assertThat(users.get(0).mail()).as("mini view").isEmpty();

    List<Contact> withMe = contacts().contacts(ContactQuery.builder().excludeSelf(false).order("name").build());
    assertThat(withMe).extracting(Contact::name).containsExactly(PodioEmulator.DEMO_USER_NAME, "Grace Hopper");
  }

  @Test
  void orgSpaceAndAppContactsAreTheirOwn() {
    long id = create(ContactFields.builder().name("Mary Jackson").build());

    List<Contact> org = contacts().orgContacts(1, ContactQuery.builder().contactType("user", "space").build());
    assertThat(api.last().path()).isEqualTo("/contact/org/1");
    assertThat(api.last().queryParams()).containsEntry("contact_type", "user,space");
    assertThat(org).extracting(Contact::profileId).contains(id);
    assertThat(org).extracting(Contact::userId).contains(graceId());

    List<Contact> space = contacts().spaceContacts(SPACE, ContactQuery.defaults());
    assertThat(api.last().path()).isEqualTo("/contact/space/1/");
    assertThat(space).extracting(Contact::userId).containsExactly(graceId());

    List<Contact> app = contacts().appContacts(PodioEmulator.DEMO_APP_ID, ContactQuery.builder().limit(500).build());
    assertThat(api.last().path()).isEqualTo("/contact/app/" + PodioEmulator.DEMO_APP_ID + "/");
    assertThat(app).extracting(Contact::profileId).contains(id);
    assertThat(app).extracting(Contact::type).containsOnly("space");
  }

  @Test
  void aUsersProfileAndItsFieldsAreRead() {
    Contact grace = contacts().userContact(graceId());
    assertThat(api.last().path()).isEqualTo("/contact/user/" + graceId());
    assertThat(grace.type()).isEqualTo("user");
    assertThat(grace.name()).isEqualTo("Grace Hopper");
    assertThat(grace.mail()).containsExactly(GRACE);

    List<Object> mail = contacts().userContactField(graceId(), "mail");
    assertThat(api.last().path()).isEqualTo("/contact/user/" + graceId() + "/mail");
    assertThat(mail).containsExactly(GRACE);
    assertThat(contacts().userContactField(graceId(), "name")).containsExactly("Grace Hopper");
  }

  @Test
  void aVcardIsRealVcardText() {
    long id = create(ContactFields.builder().name("Ada Byron, Countess").mail("ada@vcard.example")
        .phone("+44 1").organization("Engines; Ltd").title("Analyst").city("London").build());

    String vcard = new String(contacts().vcard(id), StandardCharsets.UTF_8);

    assertThat(api.last().path()).isEqualTo("/contact/" + id + "/vcard");
    assertThat(vcard).startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n").endsWith("END:VCARD\r\n")
        .contains("FN:Ada Byron\\, Countess\r\n", "N:Countess;Ada Byron\\,;;;\r\n", "EMAIL;TYPE=INTERNET:ada@vcard.example\r\n",
            "TEL:+44 1\r\n", "ORG:Engines\\; Ltd\r\n", "TITLE:Analyst\r\n", "ADR;TYPE=WORK:;;;London;;;\r\n");
  }

  @Test
  void totalsCountTheContacts() {
    int before = contacts().spaceTotals(SPACE).total();
    assertThat(api.last().path()).isEqualTo("/contact/space/1/totals/");
    create(ContactFields.builder().name("Totals Person").build());
    assertThat(contacts().spaceTotals(SPACE).total()).isEqualTo(before + 1);

    // The workspace counts its two members and its contacts; the totals count everyone but the caller.
    ContactTotals v3 = contacts().totalsV3();
    assertThat(api.last().path()).isEqualTo("/contact/totals/v3/");
    assertThat(v3.count()).isEqualTo(before);
    assertThat(v3.orgs()).singleElement().satisfies(org -> {
      assertThat(org.org().orgId()).isEqualTo(1);
      assertThat(org.org().name()).isEqualTo("Emulated Organization");
      assertThat(org.count()).isEqualTo(before);
      assertThat(org.spaces()).singleElement().satisfies(s -> {
        assertThat(s.space().spaceId()).isEqualTo(SPACE);
        assertThat(s.space().name()).isEqualTo("Emulated Workspace");
        assertThat(s.count()).isEqualTo(before);
      });
    });

    Map<String, Object> v1 = contacts().totals();
    assertThat(api.last().path()).isEqualTo("/contact/totals/");
    assertThat(v1).containsKeys("user", "space");
  }

  @Test
  void skillsAreSuggestedMostUsedFirst() {
    create(ContactFields.builder().name("S1").skill("Javelin", "Java").build());
    create(ContactFields.builder().name("S2").skill("Java").build());

    List<String> skills = contacts().skills("jav", 5);

    assertThat(api.last().path()).isEqualTo("/contact/skill/");
    assertThat(api.last().queryParams()).containsEntry("text", "jav").containsEntry("limit", "5");
    assertThat(skills).containsExactly("Java", "Javelin");
  }

  @Test
  void updatesSetFieldsAndKeepTheOthers() {
    long id = create(ContactFields.builder().name("Update Me").city("Oslo").mail("a@b.example").build());

    contacts().update(id, ContactFields.builder().city("Bergen").build());
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/contact/" + id);
    assertThat(api.last().json()).isEqualTo(Map.of("city", "Bergen"));

    contacts().updateField(id, "phone", List.of("111", "222"));
    assertThat(api.last().path()).isEqualTo("/contact/" + id + "/phone");
    assertThat(api.last().json()).isEqualTo(Map.of("value", List.of("111", "222")));

    Contact c = contacts().byIds(id).get(0);
    assertThat(c.city()).isEqualTo("Bergen");
    assertThat(c.mail()).containsExactly("a@b.example");
    assertThat(c.phone()).containsExactly("111", "222");
  }

  @Test
  void aUsersProfileIsNotAWorkspaceContactToUpdateOrDelete() {
    long graceProfile = contacts().userContact(graceId()).profileId();
    assertThatThrownBy(() -> contacts().update(graceProfile, ContactFields.builder().city("X").build()))
        .isInstanceOf(PodioApiException.ForbiddenException.class).hasMessageContaining("PUT /user/profile/");
    assertThatThrownBy(() -> contacts().delete(graceProfile))
        .isInstanceOf(PodioApiException.ForbiddenException.class);
  }

  @Test
  void deleteTakesCommaJoinedIds() {
    long a = create(ContactFields.builder().name("Delete A").build());
    long b = create(ContactFields.builder().name("Delete B").build());

    contacts().delete(a, b);

    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/contact/" + a + "," + b);
    assertThat(api.last().status()).isEqualTo(204);
    assertThatThrownBy(() -> contacts().byIds(a)).isInstanceOf(PodioApiException.NotFoundException.class);
    assertThatThrownBy(() -> contacts().byIds(b)).isInstanceOf(PodioApiException.NotFoundException.class);
  }
}
