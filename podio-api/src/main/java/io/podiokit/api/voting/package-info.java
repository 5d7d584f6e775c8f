/**
 * Votes on items ({@link io.podiokit.api.voting.VotingService}; Podio's reference areas Voting).
 */
@NullMarked
package io.podiokit.api.voting;

import org.jspecify.annotations.NullMarked;
