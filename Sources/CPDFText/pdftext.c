#include "pdftext.h"

#include <mupdf/fitz.h>
#include <mupdf/pdf.h>
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

// Inflated bytes are counted too: a content stream deflated twice can inflate to a terabyte from
// a kilobyte, holding no memory, only time. MuPDF inflates through zlib's `inflate`, which this
// file defines over zlib's own: it calls zlib's (found by dlsym) and, on a thread that is reading
// a PDF (`inflating` set), adds what came out to the document's count, failing the call
// (Z_DATA_ERROR, which MuPDF reports as a broken stream) once the count passes its limit. On any
// other thread, or outside a PDF call (libarchive's reading of archives), it only passes through.
typedef struct {
    unsigned long long out, limit;
    int exceeded;
} inflate_budget;

static __thread inflate_budget *inflating;

int inflate(z_streamp stream, int flush) {
    static int (*zlib_inflate)(z_streamp, int);
    if (!zlib_inflate) zlib_inflate = (int (*)(z_streamp, int))dlsym(RTLD_NEXT, "inflate");
    if (!zlib_inflate) return Z_STREAM_ERROR;
    // zlib's callers read `msg` after an error (MuPDF compares it): it is always set.
    static char limit_reached[] = "inflate limit of the document reached";
    inflate_budget *budget = inflating;
    if (budget && budget->exceeded) { stream->msg = limit_reached; return Z_DATA_ERROR; }
    uLong before = stream->total_out;
    int result = zlib_inflate(stream, flush);
    if (budget) {
        budget->out += stream->total_out - before;
        if (budget->out > budget->limit) { budget->exceeded = 1; stream->msg = limit_reached; return Z_DATA_ERROR; }
    }
    return result;
}

// Every allocation is counted against the document's budget: a decompression bomb or a page
// with millions of objects fails with LC_PDF_MEMORY instead of taking the machine's memory.
typedef struct {
    size_t used, peak, limit;
    int exceeded;
} budget;

#define HEADER 16

static void *budget_malloc(void *user, size_t size) {
    budget *b = user;
    if (size > b->limit || b->used > b->limit - size) { b->exceeded = 1; return NULL; }
    unsigned char *block = malloc(size + HEADER);
    if (!block) return NULL;
    memcpy(block, &size, sizeof size);
    b->used += size;
    if (b->used > b->peak) b->peak = b->used;
    return block + HEADER;
}

static void budget_free(void *user, void *pointer) {
    if (!pointer) return;
    budget *b = user;
    unsigned char *block = (unsigned char *)pointer - HEADER;
    size_t size;
    memcpy(&size, block, sizeof size);
    b->used -= size;
    free(block);
}

static void *budget_realloc(void *user, void *pointer, size_t size) {
    if (!pointer) return budget_malloc(user, size);
    if (size == 0) { budget_free(user, pointer); return NULL; }
    budget *b = user;
    unsigned char *block = (unsigned char *)pointer - HEADER;
    size_t old;
    memcpy(&old, block, sizeof old);
    if (size > old && (size - old > b->limit || b->used > b->limit - (size - old))) { b->exceeded = 1; return NULL; }
    unsigned char *grown = realloc(block, size + HEADER);
    if (!grown) return NULL;
    memcpy(grown, &size, sizeof size);
    b->used = b->used - old + size;
    if (b->used > b->peak) b->peak = b->used;
    return grown + HEADER;
}

struct lc_pdf {
    budget memory;
    fz_alloc_context alloc;
    fz_context *ctx;
    fz_stream *stream;
    fz_document *doc;
    int warnings;
    char first_warning[256];
    inflate_budget inflated;
};

// Every entry point that may inflate runs between these two.
static void arm(lc_pdf *pdf) { inflating = &pdf->inflated; }
static void disarm(void) { inflating = NULL; }

// MuPDF prints warnings and errors on stderr by default; a batch run says one line per
// document itself.
static void quiet(void *user, const char *message) { (void)user; (void)message; }

// Warnings are kept, the first one whole: a PDF whose pages give no text because their content
// streams are broken says so instead of passing for an empty document.
static void keep_warning(void *user, const char *message) {
    lc_pdf *pdf = user;
    if (pdf->warnings++ == 0 && message) {
        strncpy(pdf->first_warning, message, sizeof pdf->first_warning - 1);
        pdf->first_warning[sizeof pdf->first_warning - 1] = 0;
    }
}

static void copy_message(const char *message, char *error, size_t error_length) {
    if (!error || error_length == 0) return;
    strncpy(error, message ? message : "unknown error", error_length - 1);
    error[error_length - 1] = 0;
}

static int failure_status(lc_pdf *pdf) {
    if (pdf->inflated.exceeded) return LC_PDF_INFLATE;
    return pdf->memory.exceeded ? LC_PDF_MEMORY : LC_PDF_ERROR;
}

lc_pdf *lc_pdf_open(const unsigned char *data, size_t length, size_t memory_limit, unsigned long long inflate_limit,
                    int *status, char *error, size_t error_length) {
    lc_pdf *pdf = calloc(1, sizeof *pdf);
    if (!pdf) { *status = LC_PDF_MEMORY; copy_message("out of memory", error, error_length); return NULL; }
    pdf->memory.limit = memory_limit;
    pdf->inflated.limit = inflate_limit;
    pdf->alloc.user = &pdf->memory;
    pdf->alloc.malloc = budget_malloc;
    pdf->alloc.realloc = budget_realloc;
    pdf->alloc.free = budget_free;
    // A small store: pages are read once each, in order.
    pdf->ctx = fz_new_context(&pdf->alloc, NULL, 16 << 20);
    if (!pdf->ctx) {
        *status = LC_PDF_MEMORY;
        copy_message("cannot create a MuPDF context", error, error_length);
        free(pdf);
        return NULL;
    }
    fz_context *ctx = pdf->ctx;
    fz_set_warning_callback(ctx, keep_warning, pdf);
    fz_set_error_callback(ctx, quiet, NULL);
    int failed = 0, encrypted = 0;
    arm(pdf);
    fz_try(ctx) {
        pdf_document *document;
        pdf->stream = fz_open_memory(ctx, data, length);
        document = pdf_open_document_with_stream(ctx, pdf->stream);
        pdf->doc = (fz_document *)document;
        if (fz_needs_password(ctx, pdf->doc) && !fz_authenticate_password(ctx, pdf->doc, "")) encrypted = 1;
    }
    fz_catch(ctx) {
        failed = 1;
        *status = failure_status(pdf);
        copy_message(fz_caught_message(ctx), error, error_length);
    }
    disarm();
    if (!failed && encrypted) {
        failed = 1;
        *status = LC_PDF_ENCRYPTED;
        copy_message("encrypted: needs a password", error, error_length);
    }
    if (failed) { lc_pdf_close(pdf); return NULL; }
    *status = LC_PDF_OK;
    return pdf;
}

int lc_pdf_page_count(lc_pdf *pdf, int *status, char *error, size_t error_length) {
    int count = -1;
    arm(pdf);
    fz_try(pdf->ctx) { count = fz_count_pages(pdf->ctx, pdf->doc); }
    fz_catch(pdf->ctx) {
        count = -1;
        *status = failure_status(pdf);
        copy_message(fz_caught_message(pdf->ctx), error, error_length);
    }
    disarm();
    if (count >= 0) *status = failure_status(pdf) == LC_PDF_INFLATE ? LC_PDF_INFLATE : LC_PDF_OK;
    return count;
}

int lc_pdf_was_repaired(lc_pdf *pdf) {
    int repaired = 0;
    fz_try(pdf->ctx) { repaired = pdf_was_repaired(pdf->ctx, (pdf_document *)pdf->doc); }
    fz_catch(pdf->ctx) { repaired = 1; }
    return repaired;
}

int lc_pdf_read_page(lc_pdf *pdf, int index, int count_images, int max_chars, lc_page *out, char *error, size_t error_length) {
    fz_context *ctx = pdf->ctx;
    fz_page *page = NULL;
    fz_stext_page *text = NULL;
    int status = LC_PDF_OK;
    memset(out, 0, sizeof *out);
    fz_var(page);
    fz_var(text);
    arm(pdf);
    fz_try(ctx) {
        fz_stext_options options;
        memset(&options, 0, sizeof options);
        options.flags = FZ_STEXT_MEDIABOX_CLIP | FZ_STEXT_INHIBIT_SPACES | (count_images ? FZ_STEXT_PRESERVE_IMAGES : 0);
        page = fz_load_page(ctx, pdf->doc, index);
        fz_rect box = fz_bound_page(ctx, page);
        out->width = box.x1 - box.x0;
        out->height = box.y1 - box.y0;
        text = fz_new_stext_page_from_page(ctx, page, &options);
        size_t count = 0;
        for (fz_stext_block *block = text->first_block; block; block = block->next) {
            if (block->type == FZ_STEXT_BLOCK_IMAGE) { out->images++; continue; }
            for (fz_stext_line *line = block->u.t.first_line; line; line = line->next)
                for (fz_stext_char *c = line->first_char; c; c = c->next) count++;
        }
        if (count > (size_t)max_chars) fz_throw(ctx, FZ_ERROR_GENERIC, "more than %d characters on the page", max_chars);
        if (count > 0) {
            out->chars = malloc(count * sizeof(lc_char));
            if (!out->chars) fz_throw(ctx, FZ_ERROR_GENERIC, "out of memory for the page's text");
        }
        int32_t number = 0;
        size_t at = 0;
        for (fz_stext_block *block = text->first_block; block; block = block->next) {
            if (block->type != FZ_STEXT_BLOCK_TEXT) continue;
            for (fz_stext_line *line = block->u.t.first_line; line; line = line->next, number++) {
                int horizontal = line->wmode == 0 && line->dir.x > 0.99f;
                for (fz_stext_char *c = line->first_char; c; c = c->next) {
                    fz_rect r = fz_rect_from_quad(c->quad);
                    lc_char *o = &out->chars[at++];
                    o->x0 = r.x0 - box.x0; o->x1 = r.x1 - box.x0;
                    o->top = r.y0 - box.y0; o->bottom = r.y1 - box.y0;
                    o->baseline = c->origin.y - box.y0;
                    o->size = c->size;
                    o->c = c->c;
                    o->line = number;
                    o->horizontal = horizontal;
                }
            }
        }
        out->count = (int32_t)at;
    }
    fz_always(ctx) {
        fz_drop_stext_page(ctx, text);
        fz_drop_page(ctx, page);
    }
    fz_catch(ctx) {
        status = failure_status(pdf);
        copy_message(fz_caught_message(ctx), error, error_length);
        free(out->chars);
        out->chars = NULL;
        out->count = 0;
    }
    disarm();
    // A stream cut off by the inflate limit reads as a short stream, not an error: say so.
    if (status == LC_PDF_OK && pdf->inflated.exceeded) status = LC_PDF_INFLATE;
    return status;
}

int lc_pdf_render_gray(lc_pdf *pdf, int index, int dpi, unsigned char **pixels, int *width, int *height, int *stride,
                       float *width_points, float *height_points, char *error, size_t error_length) {
    fz_context *ctx = pdf->ctx;
    fz_pixmap *pixmap = NULL;
    int status = LC_PDF_OK;
    *pixels = NULL;
    fz_var(pixmap);
    arm(pdf);
    fz_try(ctx) {
        fz_page *page = fz_load_page(ctx, pdf->doc, index);
        fz_rect box = fz_bound_page(ctx, page);
        fz_drop_page(ctx, page);
        *width_points = box.x1 - box.x0;
        *height_points = box.y1 - box.y0;
        float zoom = (float)dpi / 72.0f;
        pixmap = fz_new_pixmap_from_page_number(ctx, pdf->doc, index, fz_scale(zoom, zoom), fz_device_gray(ctx), 0);
        *width = fz_pixmap_width(ctx, pixmap);
        *height = fz_pixmap_height(ctx, pixmap);
        *stride = (int)fz_pixmap_stride(ctx, pixmap);
        size_t size = (size_t)*stride * (size_t)*height;
        *pixels = malloc(size);
        if (!*pixels) fz_throw(ctx, FZ_ERROR_GENERIC, "out of memory for the page's image");
        memcpy(*pixels, fz_pixmap_samples(ctx, pixmap), size);
    }
    fz_always(ctx) { fz_drop_pixmap(ctx, pixmap); }
    fz_catch(ctx) {
        status = failure_status(pdf);
        copy_message(fz_caught_message(ctx), error, error_length);
        free(*pixels);
        *pixels = NULL;
    }
    disarm();
    return status;
}

void lc_pdf_free_page(lc_page *page) {
    free(page->chars);
    page->chars = NULL;
    page->count = 0;
}

size_t lc_pdf_memory_peak(lc_pdf *pdf) { return pdf->memory.peak; }

int lc_pdf_warnings(lc_pdf *pdf, char *first, size_t first_length) {
    copy_message(pdf->first_warning, first, first_length);
    return pdf->warnings;
}

void lc_pdf_close(lc_pdf *pdf) {
    if (!pdf) return;
    disarm();
    if (pdf->ctx) {
        fz_try(pdf->ctx) {
            fz_drop_document(pdf->ctx, pdf->doc);
            fz_drop_stream(pdf->ctx, pdf->stream);
        }
        fz_catch(pdf->ctx) {}
        fz_drop_context(pdf->ctx);
    }
    free(pdf);
}
