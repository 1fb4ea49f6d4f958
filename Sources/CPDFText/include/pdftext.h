#ifndef LEGALCITE_PDFTEXT_H
#define LEGALCITE_PDFTEXT_H

// A small C face on MuPDF for legalcite: MuPDF reports errors by longjmp (fz_try/fz_catch),
// which Swift cannot call across, so every MuPDF call is made here and its failure returned as
// a status and a message. One `lc_pdf` is one document with its own MuPDF context and its own
// memory budget; it is used by one thread at a time.

#include <stddef.h>
#include <stdint.h>

typedef struct lc_pdf lc_pdf;

/// One character of a page's text layer, in points from the page's top left corner.
typedef struct {
    float x0, x1;        // left and right of the glyph's box
    float top, bottom;   // its box, vertically
    float baseline;      // y of the glyph's origin
    float size;          // font size in points
    int32_t c;           // Unicode scalar (MuPDF's mapping; U+FFFD when the font has none)
    int32_t line;        // MuPDF's line, numbered from 0 on the page
    int32_t horizontal;  // 1 when the line runs left to right
} lc_char;

typedef struct {
    float width, height; // the page's box, in points
    int32_t images;      // image blocks (counted only when asked)
    int32_t count;       // characters in `chars`
    lc_char *chars;      // malloc'd; freed by lc_pdf_free_page
} lc_page;

enum {
    LC_PDF_OK = 0,
    LC_PDF_ERROR = 1,        // damaged: MuPDF's message says why
    LC_PDF_ENCRYPTED = 2,    // needs a password
    LC_PDF_MEMORY = 3,       // over the memory budget
    LC_PDF_INFLATE = 4,      // inflated more than its limit (a decompression bomb)
};

/// Opens a PDF held in memory (`data` must outlive the document). `memory_limit` caps every
/// allocation MuPDF makes for this document, `inflate_limit` the bytes its streams may inflate
/// to, all together. On failure returns NULL with `*status` and `error` set.
lc_pdf *lc_pdf_open(const unsigned char *data, size_t length, size_t memory_limit, unsigned long long inflate_limit,
                    int *status, char *error, size_t error_length);

/// Pages, or -1 with `error` set.
int lc_pdf_page_count(lc_pdf *pdf, int *status, char *error, size_t error_length);

/// Whether MuPDF had to rebuild the cross-reference table (a damaged or truncated file).
int lc_pdf_was_repaired(lc_pdf *pdf);

/// The text layer of page `index` (from 0). `count_images` also counts its image blocks. A page
/// of more than `max_chars` characters is an error (a dense page holds about 5,000).
int lc_pdf_read_page(lc_pdf *pdf, int index, int count_images, int max_chars, lc_page *page, char *error, size_t error_length);

void lc_pdf_free_page(lc_page *page);

/// Bytes MuPDF holds for the document now, and the most it held.
size_t lc_pdf_memory_peak(lc_pdf *pdf);

/// How many warnings MuPDF gave for the document so far (broken content streams, repaired
/// objects), and the first of them.
int lc_pdf_warnings(lc_pdf *pdf, char *first, size_t first_length);

void lc_pdf_close(lc_pdf *pdf);

/// Page `index` rendered in grey at `dpi`: `*pixels` malloc'd (the caller frees it), the page's
/// size in points in `width_points`, `height_points`.
int lc_pdf_render_gray(lc_pdf *pdf, int index, int dpi, unsigned char **pixels, int *width, int *height, int *stride,
                       float *width_points, float *height_points, char *error, size_t error_length);

/// Tesseract, loaded at run time (`dlopen`), for `--ocr`. NULL with `error` set when it is not
/// installed or has no data for `language`.
typedef struct lc_ocr lc_ocr;
lc_ocr *lc_ocr_open(const char *language, char *error, size_t error_length);
void lc_ocr_close(lc_ocr *ocr);

/// The page rendered and recognized: its characters, as lc_pdf_read_page gives a text layer's.
int lc_pdf_ocr_page(lc_pdf *pdf, lc_ocr *ocr, int index, int dpi, int max_chars, lc_page *page, char *error, size_t error_length);

#endif
