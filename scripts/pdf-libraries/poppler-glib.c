// The raw text layer through poppler-glib, for the library choice of issue 18 (README, "PDF input").
// cc -O2 poppler-glib.c -o poppler-glib $(pkg-config --cflags --libs poppler-glib) && ./poppler-glib FILE.pdf...
// Three passes over the files; prints pages, characters and CPU time.
#include <poppler.h>
#include <stdio.h>
#include <time.h>
static double now(){struct timespec t;clock_gettime(CLOCK_PROCESS_CPUTIME_ID,&t);return t.tv_sec+t.tv_nsec/1e9;}
int main(int argc,char**argv){
  long pages=0,chars=0; double t0=now();
  for(int rep=0;rep<3;rep++)
  for(int i=1;i<argc;i++){
    gchar*data;gsize len; if(!g_file_get_contents(argv[i],&data,&len,NULL))continue;
    GBytes*b=g_bytes_new_take(data,len); GError*e=NULL;
    PopplerDocument*d=poppler_document_new_from_bytes(b,NULL,&e);
    if(!d){ if(rep==0)fprintf(stderr,"%s: %s\n",argv[i],e->message); g_error_free(e); g_bytes_unref(b); continue;}
    int n=poppler_document_get_n_pages(d);
    for(int p=0;p<n;p++){PopplerPage*pg=poppler_document_get_page(d,p);
      char*t=poppler_page_get_text(pg); PopplerRectangle*r=NULL; guint nr=0;
      poppler_page_get_text_layout(pg,&r,&nr);
      chars+=nr; g_free(r); g_free(t); g_object_unref(pg); pages++;}
    g_object_unref(d); g_bytes_unref(b);
  }
  double t=now()-t0; printf("poppler-glib: %ld pages %ld chars %.3f s %.1f pages/s\n",pages,chars,t,pages/t);
}
