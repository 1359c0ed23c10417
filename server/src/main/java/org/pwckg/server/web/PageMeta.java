package org.pwckg.server.web;

/**
 * What the layout needs to know about a page besides its body.
 *
 * @param canonical the absolute URL of the page without its transient parameters
 * @param rdfPath the server path of the entity the page is about (for its Turtle and JSON-LD
 *     alternates), or null
 * @param script whether the page uses the site's small script (auto-submitting controls)
 * @param head extra head elements (HTML), for the server's tool pages (query editor, API docs)
 */
public record PageMeta(
    String title,
    String description,
    String canonical,
    String rdfPath,
    boolean script,
    String head) {}
