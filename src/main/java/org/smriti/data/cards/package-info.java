/**
 * The aspirant's own cards ({@code packs/my-cards.json}), changed all or nothing, written atomically.
 */
package org.smriti.data.cards;
