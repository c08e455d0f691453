"""REST API and offline browser UI (`create_app(store)`; `eventlens serve`)."""
