"""Sample trip-assistant agent: a Lambda handler (handler.handler) that reads the OpenAI key lazily from SSM."""
import json
import os


def _api_key():
    # SSM_PARAMETER_NAME is the variable forge.yaml names for the secret (store: ssm); read it only when needed.
    import boto3  # in the Lambda runtime

    name = os.environ["SSM_PARAMETER_NAME"]
    return boto3.client("ssm").get_parameter(Name=name, WithDecryption=True)["Parameter"]["Value"]


def handler(event, context):
    message = (event or {}).get("message", "")
    return {"reply": f"planning a trip for: {message}", "environment": os.environ.get("ENVIRONMENT", "local")}


if __name__ == "__main__":
    print(json.dumps(handler({"message": "Lisbon"}, None)))
