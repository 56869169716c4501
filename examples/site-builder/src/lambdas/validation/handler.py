"""Placeholder for the site-builder 'validation' function: Forge zips this folder (see ../../../README.md).

Replace it with the real code; the handler name must stay as forge.yaml says (handler.handler).
"""


def handler(event, context):
    return {"statusCode": 200, "body": "validation"}
