package io.podiokit.api.voting;

/** Votes on items: Podio's reference areas Voting. */
public interface VotingService {
}
