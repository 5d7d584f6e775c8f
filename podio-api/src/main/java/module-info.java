/**
 * podiokit's typed Podio API: one package per area, each with its service interface (endpoints declared with
 * Retrofit's annotations) and immutable records (read with Moshi's names). No HTTP client types in its signatures;
 * podio-http-retrofit turns the services into calls.
 */
module io.podiokit.api {
  requires transitive io.podiokit.core;
  requires retrofit2;
  requires com.squareup.moshi;
  requires org.jspecify;

  exports io.podiokit.api;
  exports io.podiokit.api.item;
  exports io.podiokit.api.app;
  exports io.podiokit.api.view;
  exports io.podiokit.api.reference;
  exports io.podiokit.api.task;
  exports io.podiokit.api.comment;
  exports io.podiokit.api.file;
  exports io.podiokit.api.status;
  exports io.podiokit.api.conversation;
  exports io.podiokit.api.notification;
  exports io.podiokit.api.rating;
  exports io.podiokit.api.subscription;
  exports io.podiokit.api.tag;
  exports io.podiokit.api.reminder;
  exports io.podiokit.api.recurrence;
  exports io.podiokit.api.calendar;
  exports io.podiokit.api.embed;
  exports io.podiokit.api.stream;
  exports io.podiokit.api.voting;
  exports io.podiokit.api.question;
  exports io.podiokit.api.action;
  exports io.podiokit.api.search;
  exports io.podiokit.api.org;
  exports io.podiokit.api.space;
  exports io.podiokit.api.user;
  exports io.podiokit.api.contact;
  exports io.podiokit.api.grant;
  exports io.podiokit.api.form;
  exports io.podiokit.api.flow;
  exports io.podiokit.api.widget;
  exports io.podiokit.api.integration;
  exports io.podiokit.api.importer;
  exports io.podiokit.api.batch;
  exports io.podiokit.api.hook;
}
