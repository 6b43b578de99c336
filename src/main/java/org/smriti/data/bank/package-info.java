/**
 * Packs (question-bank/README.md): strict JSON read into questions with every problem named by file, question
 * and field ({@link org.smriti.data.bank.PackReader}); written back by {@link org.smriti.data.bank.PackWriter};
 * drafts checked by the same validator ({@link org.smriti.data.bank.DraftCheck}); the bank loaded for the app.
 */
package org.smriti.data.bank;
