/**
 * Pieces every screen shares: the card's front and back, question text, names of types and ratings, mock
 * scores, whole-number fields, the error dialog, FXML loading, and the ports of own-card actions. Feature packages
 * never import each other: what two of them need lives here.
 */
package org.smriti.ui.common;
