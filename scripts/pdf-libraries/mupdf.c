// The raw text layer through MuPDF, for the library choice of issue 18 (README, "PDF input").
// cc -O2 mupdf.c -o mupdf $(pkg-config --cflags mupdf) $(pkg-config --libs --static mupdf) -lharfbuzz && ./mupdf FILE.pdf...
// Three passes over the files; prints pages, characters and CPU time.
#include <mupdf/fitz.h>
#include <stdio.h>
#include <time.h>
static double now(){struct timespec t;clock_gettime(CLOCK_PROCESS_CPUTIME_ID,&t);return t.tv_sec+t.tv_nsec/1e9;}
int main(int argc,char**argv){
  fz_context*ctx=fz_new_context(NULL,NULL,FZ_STORE_DEFAULT); fz_register_document_handlers(ctx);
  long pages=0,chars=0; double t0=now();
  for(int rep=0;rep<3;rep++)
  for(int i=1;i<argc;i++){
    fz_document*doc=NULL;
    fz_try(ctx){ doc=fz_open_document(ctx,argv[i]);
      int n=fz_count_pages(ctx,doc);
      for(int p=0;p<n;p++){ fz_stext_options o={0};
        fz_stext_page*sp=fz_new_stext_page_from_page_number(ctx,doc,p,&o);
        for(fz_stext_block*b=sp->first_block;b;b=b->next) if(b->type==FZ_STEXT_BLOCK_TEXT)
          for(fz_stext_line*l=b->u.t.first_line;l;l=l->next) for(fz_stext_char*c=l->first_char;c;c=c->next) chars++;
        fz_drop_stext_page(ctx,sp); pages++; }
    } fz_always(ctx){ fz_drop_document(ctx,doc);} fz_catch(ctx){ if(rep==0)fprintf(stderr,"%s: %s\n",argv[i],fz_caught_message(ctx)); }
  }
  double t=now()-t0; printf("mupdf: %ld pages %ld chars %.3f s %.1f pages/s\n",pages,chars,t,pages/t);
}
