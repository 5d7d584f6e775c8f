package io.podiokit.session.redis;

import io.podiokit.SessionStore;
import io.podiokit.testkit.SessionStoreContract;

/** The session store contract on a standalone Redis. */
class RedisSessionStoreIT extends SessionStoreContract {

  @Override
  protected SessionStore createStore() {
    return TestRedis.store();
  }
}
