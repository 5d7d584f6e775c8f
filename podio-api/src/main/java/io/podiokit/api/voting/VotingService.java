package io.podiokit.api.voting;

import java.util.List;
import retrofit2.http.GET;
import retrofit2.http.Path;

/** Votings that apps run on their items, and their results (Podio's reference area Voting). */
public interface VotingService {

  /**
   * {@code GET /voting/app/{app_id}/voting}: the votings of an app.
   *
   * @param appId the app
   * @return its votings
   */
  @GET("voting/app/{app_id}/voting")
  List<Voting> votings(@Path("app_id") long appId);

  /**
   * {@code GET /voting/item/{item_id}/voting/{voting_id}/result}: how an item fared in a voting.
   *
   * @param itemId the item
   * @param votingId the voting, one of its app's
   * @return the totals
   */
  @GET("voting/item/{item_id}/voting/{voting_id}/result")
  VotingResult result(@Path("item_id") long itemId, @Path("voting_id") long votingId);

  /**
   * {@code GET /voting/item/{item_id}/voting/{voting_id}/user}: who voted on an item, and how.
   *
   * @param itemId the item
   * @param votingId the voting, one of its app's
   * @return the votes
   */
  @GET("voting/item/{item_id}/voting/{voting_id}/user")
  List<Vote> votes(@Path("item_id") long itemId, @Path("voting_id") long votingId);
}
