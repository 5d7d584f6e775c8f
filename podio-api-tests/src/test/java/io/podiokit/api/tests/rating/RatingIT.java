package io.podiokit.api.tests.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.rating.RatingService;
import io.podiokit.api.rating.RatingType;
import io.podiokit.api.rating.Ratings;
import io.podiokit.api.tests.ApiFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Ratings over real HTTP: rate, read one, own, by type and all, take back; counts follow. */
class RatingIT {

  static final ApiFixture api = ApiFixture.start();
  static final long ITEM = 100003;

  @AfterAll
  static void stop() {
    api.close();
  }

  RatingService ratings() {
    return api.user().ratings();
  }

  @Test
  void rateReadAndTakeBack() {
    RatingService.Created created = ratings().rate("item", ITEM, RatingType.FIVESTAR, 4);
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/rating/item/" + ITEM + "/fivestar");
    assertThat(api.last().json()).isEqualTo(Map.of("value", 4L));
    assertThat(created.ratingId()).isPositive();

    assertThat(ratings().rating("item", ITEM, RatingType.FIVESTAR, api.userId()).value()).isEqualTo(4);
    assertThat(api.last().path()).isEqualTo("/rating/item/" + ITEM + "/fivestar/" + api.userId());
    assertThat(ratings().ownRating("item", ITEM, RatingType.FIVESTAR).value()).isEqualTo(4);
    assertThat(api.last().path()).isEqualTo("/rating/item/" + ITEM + "/fivestar/self");

    Ratings fivestar = ratings().ratings("item", ITEM, RatingType.FIVESTAR);
    assertThat(api.last().path()).isEqualTo("/rating/item/" + ITEM + "/fivestar");
    assertThat(fivestar.total(4)).isEqualTo(1);
    assertThat(fivestar.average()).isEqualTo(4.0);
    assertThat(fivestar.counts().get("4").users()).extracting(Ratings.Rater::userId).containsExactly(api.userId());

    ratings().rate("item", ITEM, RatingType.LIKE, 1);
    Map<String, Ratings> all = ratings().allRatings("item", ITEM);
    assertThat(api.last().path()).isEqualTo("/rating/item/" + ITEM);
    assertThat(all).containsKeys("like", "fivestar", "approved", "rsvp", "yesno", "thumbs");
    assertThat(all.get("like").total(1)).isEqualTo(1);

    ratings().remove("item", ITEM, RatingType.FIVESTAR);
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/rating/item/" + ITEM + "/fivestar");
    assertThat(ratings().ownRating("item", ITEM, RatingType.FIVESTAR).value()).isNull();
    assertThat(ratings().ratings("item", ITEM, RatingType.FIVESTAR).counts()).isEmpty();
  }

  @Test
  void valuesAreCheckedOnBothSides() {
    assertThatThrownBy(() -> ratings().rate("item", ITEM, RatingType.LIKE, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("like ratings take values 1 to 1");
    assertThatThrownBy(() -> ratings().rate("item", ITEM, RatingType.FIVESTAR, new RatingService.Value(9)))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("fivestar");
    assertThatThrownBy(() -> ratings().rate("item", 999, RatingType.LIKE, 1))
        .isInstanceOf(PodioApiException.NotFoundException.class);
  }
}
