"""`where` stage: gazetteer, toponyms and event locations (see issue 5, "Places")."""
