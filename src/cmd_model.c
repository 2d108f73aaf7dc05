/* cmd_model.c — train, report, runs, save, open (placeholder until the model lands). */
#include "cmd.h"
#include "err.h"

int cmd_train(rr_app *a, int argc, char **argv) { (void)a; (void)argc; (void)argv; return err_set("'train' is not built yet"); }
int cmd_report(rr_app *a, int argc, char **argv) { (void)a; (void)argc; (void)argv; return err_set("'report' is not built yet"); }
int cmd_runs(rr_app *a, int argc, char **argv) { (void)a; (void)argc; (void)argv; return err_set("'runs' is not built yet"); }
int cmd_save(rr_app *a, int argc, char **argv) { (void)a; (void)argc; (void)argv; return err_set("'save' is not built yet"); }
int cmd_open(rr_app *a, int argc, char **argv) { (void)a; (void)argc; (void)argv; return err_set("'open' is not built yet"); }
int export_report(rr_app *a, int argc, char **argv) { (void)a; (void)argc; (void)argv; return err_set("'export report' is not built yet"); }
int export_runs(rr_app *a, int argc, char **argv) { (void)a; (void)argc; (void)argv; return err_set("'export runs' is not built yet"); }
