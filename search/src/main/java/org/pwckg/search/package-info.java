/**
 * Keyword (BM25), semantic and hybrid search, related papers, and SPARQL property functions over
 * them.
 */
package org.pwckg.search;
