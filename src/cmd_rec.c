/* cmd_rec.c — recommend, together, evaluate (placeholder until recommendations land). */
#include "cmd.h"
#include "err.h"

int cmd_recommend(rr_app *a, int argc, char **argv) { (void)a; (void)argc; (void)argv; return err_set("'recommend' is not built yet"); }
int cmd_together(rr_app *a, int argc, char **argv) { (void)a; (void)argc; (void)argv; return err_set("'together' is not built yet"); }
int cmd_evaluate(rr_app *a, int argc, char **argv) { (void)a; (void)argc; (void)argv; return err_set("'evaluate' is not built yet"); }
int export_recommendations(rr_app *a, int argc, char **argv) { (void)a; (void)argc; (void)argv; return err_set("'export recommendations' is not built yet"); }
int export_rules(rr_app *a, int argc, char **argv) { (void)a; (void)argc; (void)argv; return err_set("'export rules' is not built yet"); }
