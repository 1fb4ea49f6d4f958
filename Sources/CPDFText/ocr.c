// OCR of a page through Tesseract, loaded when asked (`--ocr`), never linked: a build needs no
// Tesseract, and a machine without it says so in one line. The page is rendered by MuPDF in
// grey at `dpi`, recognized, and handed back as characters with boxes and baselines, like the
// text layer's, so the same layout makes the lines.

#include "pdftext.h"

#include <dlfcn.h>
#include <mupdf/fitz.h>
#include <mupdf/pdf.h>
#include <stdlib.h>
#include <string.h>

// Tesseract's C API (capi.h), declared here: its handles are opaque.
typedef void tess_api;
typedef void tess_result;
typedef void tess_page;
enum { LEVEL_TEXTLINE = 2, LEVEL_WORD = 3, LEVEL_SYMBOL = 4 };

struct lc_ocr {
    void *library;
    tess_api *api;
    tess_api *(*create)(void);
    void (*destroy)(tess_api *);
    int (*init)(tess_api *, const char *, const char *);
    void (*set_image)(tess_api *, const unsigned char *, int, int, int, int);
    void (*set_resolution)(tess_api *, int);
    int (*recognize)(tess_api *, void *);
    tess_result *(*iterator)(tess_api *);
    void (*delete_iterator)(tess_result *);
    tess_page *(*page_iterator)(tess_result *);
    char *(*utf8)(const tess_result *, int);
    int (*next)(tess_result *, int);
    int (*at_beginning)(const tess_page *, int);
    int (*box)(const tess_page *, int, int *, int *, int *, int *);
    int (*baseline)(const tess_page *, int, int *, int *, int *, int *);
    void (*delete_text)(const char *);
    void (*end)(tess_api *);
    int (*set_variable)(tess_api *, const char *, const char *);
};

static void copy_text(const char *message, char *error, size_t error_length) {
    if (!error || error_length == 0) return;
    strncpy(error, message, error_length - 1);
    error[error_length - 1] = 0;
}

lc_ocr *lc_ocr_open(const char *language, char *error, size_t error_length) {
    void *library = dlopen("libtesseract.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!library) library = dlopen("libtesseract.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        copy_text("Tesseract is not installed (apt-get install libtesseract5 tesseract-ocr-eng)", error, error_length);
        return NULL;
    }
    lc_ocr *ocr = calloc(1, sizeof *ocr);
    if (!ocr) { dlclose(library); copy_text("out of memory", error, error_length); return NULL; }
    ocr->library = library;
#define LOAD(field, name) if (!(*(void **)&ocr->field = dlsym(library, name))) goto missing
    LOAD(create, "TessBaseAPICreate");
    LOAD(destroy, "TessBaseAPIDelete");
    LOAD(init, "TessBaseAPIInit3");
    LOAD(set_image, "TessBaseAPISetImage");
    LOAD(set_resolution, "TessBaseAPISetSourceResolution");
    LOAD(recognize, "TessBaseAPIRecognize");
    LOAD(iterator, "TessBaseAPIGetIterator");
    LOAD(delete_iterator, "TessResultIteratorDelete");
    LOAD(page_iterator, "TessResultIteratorGetPageIterator");
    LOAD(utf8, "TessResultIteratorGetUTF8Text");
    LOAD(next, "TessResultIteratorNext");
    LOAD(at_beginning, "TessPageIteratorIsAtBeginningOf");
    LOAD(box, "TessPageIteratorBoundingBox");
    LOAD(baseline, "TessPageIteratorBaseline");
    LOAD(delete_text, "TessDeleteText");
    LOAD(end, "TessBaseAPIEnd");
    LOAD(set_variable, "TessBaseAPISetVariable");
#undef LOAD
    ocr->api = ocr->create();
    // Tesseract's own messages (a missing language, its estimates) would go to stderr, where a
    // run says one line per document itself.
    if (ocr->api) ocr->set_variable(ocr->api, "debug_file", "/dev/null");
    if (!ocr->api || ocr->init(ocr->api, NULL, language) != 0) {
        copy_text("Tesseract has no data for the language (apt-get install tesseract-ocr-eng)", error, error_length);
        lc_ocr_close(ocr);
        return NULL;
    }
    return ocr;
missing:
    copy_text("this Tesseract lacks its C API", error, error_length);
    free(ocr);
    dlclose(library);
    return NULL;
}

void lc_ocr_close(lc_ocr *ocr) {
    if (!ocr) return;
    if (ocr->api) { ocr->end(ocr->api); ocr->destroy(ocr->api); }
    dlclose(ocr->library);
    free(ocr);
}

static int decode_utf8(const unsigned char *s, int32_t *scalar) {
    if (s[0] < 0x80) { *scalar = s[0]; return s[0] ? 1 : 0; }
    if ((s[0] & 0xE0) == 0xC0 && s[1]) { *scalar = ((s[0] & 0x1F) << 6) | (s[1] & 0x3F); return 2; }
    if ((s[0] & 0xF0) == 0xE0 && s[1] && s[2]) { *scalar = ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F); return 3; }
    if ((s[0] & 0xF8) == 0xF0 && s[1] && s[2] && s[3]) {
        *scalar = ((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        return 4;
    }
    *scalar = 0xFFFD;
    return 1;
}

int lc_pdf_ocr_page(lc_pdf *pdf, lc_ocr *ocr, int index, int dpi, int max_chars, lc_page *out, char *error, size_t error_length) {
    unsigned char *pixels = NULL;
    int width = 0, height = 0, stride = 0;
    memset(out, 0, sizeof *out);
    int status = lc_pdf_render_gray(pdf, index, dpi, &pixels, &width, &height, &stride, &out->width, &out->height, error, error_length);
    if (status != LC_PDF_OK) return status;
    ocr->set_image(ocr->api, pixels, width, height, 1, stride);
    ocr->set_resolution(ocr->api, dpi);
    if (ocr->recognize(ocr->api, NULL) != 0) {
        free(pixels);
        copy_text("Tesseract could not read the page", error, error_length);
        return LC_PDF_ERROR;
    }
    free(pixels);
    tess_result *result = ocr->iterator(ocr->api);
    if (!result) return LC_PDF_OK;  // nothing on the page
    tess_page *page = ocr->page_iterator(result);
    size_t capacity = 4096, count = 0;
    out->chars = malloc(capacity * sizeof(lc_char));
    if (!out->chars) { ocr->delete_iterator(result); copy_text("out of memory", error, error_length); return LC_PDF_MEMORY; }
    float scale = 72.0f / (float)dpi;
    int32_t line = -1;
    int line_left = 0, line_top = 0, line_right = 0, line_bottom = 0, base_x1 = 0, base_y1 = 0, base_x2 = 0, base_y2 = 0;
    do {
        if (ocr->at_beginning(page, LEVEL_TEXTLINE)) {
            line++;
            ocr->box(page, LEVEL_TEXTLINE, &line_left, &line_top, &line_right, &line_bottom);
            if (!ocr->baseline(page, LEVEL_TEXTLINE, &base_x1, &base_y1, &base_x2, &base_y2)) { base_y1 = base_y2 = line_bottom; base_x1 = line_left; base_x2 = line_right; }
        }
        int left, top, right, bottom;
        if (!ocr->box(page, LEVEL_SYMBOL, &left, &top, &right, &bottom)) continue;
        char *text = ocr->utf8(result, LEVEL_SYMBOL);
        if (!text) continue;
        // The line's baseline where the symbol stands; the type size from the line's height.
        float baseline = (float)base_y1;
        if (base_x2 != base_x1) baseline += (float)(base_y2 - base_y1) * (float)(left - base_x1) / (float)(base_x2 - base_x1);
        float size = (float)(line_bottom - line_top) * scale * 0.8f;
        // Tesseract knows the words: a space before each but the line's first, and inside a word
        // no gap and no glyph that starts left of the one before (recognized boxes overlap), so
        // the layout neither splits nor reorders a word.
        int word_start = ocr->at_beginning(page, LEVEL_WORD);
        int line_start = ocr->at_beginning(page, LEVEL_TEXTLINE);
        const unsigned char *cursor = (const unsigned char *)text;
        int32_t scalar;
        int length;
        while ((length = decode_utf8(cursor, &scalar)) > 0) {
            if (count + 2 > capacity) {
                lc_char *grown = realloc(out->chars, 2 * capacity * sizeof(lc_char));
                if (!grown) break;
                out->chars = grown;
                capacity *= 2;
            }
            if ((int)count + 1 >= max_chars) break;
            lc_char *previous = count > 0 && out->chars[count - 1].line == line ? &out->chars[count - 1] : NULL;
            float x0 = left * scale, x1 = right * scale;
            if (previous && word_start && !line_start && cursor == (const unsigned char *)text) {
                // The space sorts between the words whatever their boxes.
                lc_char *space = &out->chars[count++];
                *space = *previous;
                space->c = ' ';
                space->x0 = previous->x0 + 0.005f;
                space->x1 = space->x0;
                previous = space;
                if (x0 <= previous->x0) x0 = previous->x0 + 0.01f;
                if (x1 < x0) x1 = x0;
            } else if (previous) {
                if (x0 <= previous->x0) x0 = previous->x0 + 0.01f;
                if (x1 < x0) x1 = x0;
                if (previous->x1 < x0) previous->x1 = x0;
            }
            lc_char *o = &out->chars[count++];
            o->x0 = x0; o->x1 = x1;
            o->top = top * scale; o->bottom = bottom * scale;
            o->baseline = baseline * scale;
            o->size = size > 1 ? size : 1;
            o->c = scalar;
            o->line = line;
            o->horizontal = 1;
            cursor += length;
        }
        ocr->delete_text(text);
    } while (ocr->next(result, LEVEL_SYMBOL));
    ocr->delete_iterator(result);
    out->count = (int32_t)count;
    return LC_PDF_OK;
}
