"""Sample trip-assistant API: an HTTP API (payload 2.0) Lambda handler (app.handler.handler) invoking the agent."""
import json
import os


def handler(event, context):
    path = (event or {}).get("rawPath", "/")
    if path == "/api/health":
        return {"statusCode": 200, "body": json.dumps({"status": "ok"})}
    if path == "/api/messages":
        import boto3  # in the Lambda runtime

        body = json.loads((event or {}).get("body") or "{}")
        reply = boto3.client("lambda").invoke(
            FunctionName=os.environ["AGENT_FUNCTION_NAME"], Payload=json.dumps({"message": body.get("message", "")})
        )
        return {"statusCode": 200, "body": reply["Payload"].read().decode()}
    return {"statusCode": 404, "body": json.dumps({"error": "not found"})}
